package vn.hocso.platform.db;

/** CDI event: the schema is up to date and start-up data may be written. */
public record SchemaReady() {
}
