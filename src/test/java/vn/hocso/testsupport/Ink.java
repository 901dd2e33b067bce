package vn.hocso.testsupport;

import java.awt.image.BufferedImage;

/** How much of a rendered page is ink, to tell a drawn page from a blank or a black one. */
public final class Ink {

    private static final int DARK = 300;

    private Ink() {
    }

    /** The share of pixels darker than mid-grey. */
    public static double share(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < DARK) {
                    dark++;
                }
            }
        }
        return (double) dark / (image.getWidth() * (long) image.getHeight());
    }
}
