package org.steerdesk.files;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * An image rebuilt from what draws it: a PNG keeps only the chunks that paint pixels (header,
 * palette, transparency, gamma and colour space, pixel size, data, end), so text, EXIF and time
 * chunks go; a JPEG keeps only its coding segments (tables, frame, scans, restart interval) and
 * Adobe's colour transform, so EXIF, XMP, ICC descriptions, maker notes and comments go. Anything
 * else is not an image this copies: null.
 */
final class ImageMetadata {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "pHYs", "bKGD");

	private ImageMetadata() {
	}

	/** The image without what could name its maker, or null when it is neither PNG nor JPEG or is damaged. */
	static byte[] clean(byte[] image) {
		if (image.length > 8 && java.util.Arrays.equals(image, 0, 8, PNG_SIGNATURE, 0, 8)) {
			return png(image);
		}
		if (image.length > 4 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8) {
			return jpeg(image);
		}
		return null;
	}

	static boolean isPng(byte[] image) {
		return image.length > 8 && java.util.Arrays.equals(image, 0, 8, PNG_SIGNATURE, 0, 8);
	}

	private static byte[] png(byte[] image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
		out.write(image, 0, 8);
		ByteBuffer in = ByteBuffer.wrap(image);
		int at = 8;
		boolean ended = false;
		while (at + 12 <= image.length && !ended) {
			long length = in.getInt(at) & 0xffffffffL;
			if (length > image.length - at - 12L) {
				return null;
			}
			String type = new String(image, at + 4, 4, StandardCharsets.ISO_8859_1);
			int whole = (int) length + 12;
			if (PNG_KEPT.contains(type)) {
				out.write(image, at, whole);
			}
			ended = type.equals("IEND");
			at += whole;
		}
		return ended ? out.toByteArray() : null;
	}

	private static byte[] jpeg(byte[] image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
		out.write(0xff);
		out.write(0xd8);
		int at = 2;
		while (at + 1 < image.length) {
			if ((image[at] & 0xff) != 0xff) {
				return null;
			}
			int marker = image[at + 1] & 0xff;
			if (marker == 0xff) {
				at++;
				continue;
			}
			if (marker == 0xd9) {
				out.write(0xff);
				out.write(0xd9);
				return out.toByteArray();
			}
			if (at + 3 >= image.length) {
				return null;
			}
			int length = ((image[at + 2] & 0xff) << 8) | (image[at + 3] & 0xff);
			if (length < 2 || at + 2 + length > image.length) {
				return null;
			}
			boolean app = marker >= 0xe0 && marker <= 0xef;
			boolean adobe = marker == 0xee && length >= 7 && new String(image, at + 4, 5, StandardCharsets.ISO_8859_1).equals("Adobe");
			boolean comment = marker == 0xfe;
			if ((!app || adobe) && !comment) {
				out.write(image, at, 2 + length);
			}
			at += 2 + length;
			if (marker == 0xda) {
				// the entropy-coded scan runs to the next marker that is neither a stuffed 0xff00 nor a restart
				int start = at;
				while (at + 1 < image.length) {
					int b = image[at] & 0xff;
					int next = image[at + 1] & 0xff;
					if (b == 0xff && next != 0x00 && !(next >= 0xd0 && next <= 0xd7)) {
						break;
					}
					at++;
				}
				out.write(image, start, at - start);
			}
		}
		return null;
	}
}
