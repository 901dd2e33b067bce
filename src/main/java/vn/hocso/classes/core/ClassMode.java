package vn.hocso.classes.core;

public enum ClassMode {
    IN_PERSON, ONLINE, BLENDED
}
