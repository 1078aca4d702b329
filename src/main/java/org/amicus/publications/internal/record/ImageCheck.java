package org.amicus.publications.internal.record;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.amicus.platform.RejectedInput;

/**
 * An image is accepted for what its bytes are, not for its name or declared type: PNG, JPEG or GIF
 * that decodes, at most 4 MB (below the upload limit, so the reader gets this message) and 6000 pixels a side (a print page at 300 dpi needs less).
 */
public final class ImageCheck {

    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final int MAX_SIDE = 6000;

    /** What was read from the bytes. */
    public record Checked(String contentType, int width, int height) {
    }

    private ImageCheck() {
    }

    public static Checked check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RejectedInput("image", "publications.image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RejectedInput("image", "publications.image.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RejectedInput("image", "publications.image.notAnImage");
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
            String type = switch (format) {
                case "png" -> "image/png";
                case "jpeg", "jpg" -> "image/jpeg";
                case "gif" -> "image/gif";
                default -> throw new RejectedInput("image", "publications.image.notAnImage");
            };
            reader.setInput(in);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw new RejectedInput("image", "publications.image.tooManyPixels", MAX_SIDE);
            }
            BufferedImage decoded = reader.read(0);
            reader.dispose();
            if (decoded == null) {
                throw new RejectedInput("image", "publications.image.notAnImage");
            }
            return new Checked(type, width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedInput rejected) {
                throw rejected;
            }
            throw new RejectedInput("image", "publications.image.notAnImage");
        }
    }
}
