package org.steerdesk.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.web.multipart.MultipartFile;
import org.steerdesk.shared.VietnameseText;

/** What an upload is: the SHA-256 of its content (read as a stream) and the name it may be kept under. */
final class FileContent {

	private static final Set<Character> FORBIDDEN_IN_NAMES = Set.of('/', '\\', ':', '*', '?', '"', '<', '>', '|');

	private FileContent() {
	}

	static String hash(MultipartFile upload) {
		try (DigestInputStream in = new DigestInputStream(upload.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A file's name as kept: NFC, at most 255 characters, no path separators or control characters; null when unusable. */
	static String name(String given) {
		String name = VietnameseText.nfc(given);
		if (name == null || name.isBlank() || name.length() > 255 || VietnameseText.hasControlCharacter(name) || name.equals(".")
				|| name.equals("..")) {
			return null;
		}
		for (char c : name.toCharArray()) {
			if (FORBIDDEN_IN_NAMES.contains(c) || invisible(c)) {
				return null;
			}
		}
		return name.strip();
	}

	/**
	 * Characters that make a name read otherwise than it is: tabs and line breaks, bidirectional
	 * controls (which can show {@code exe.pdf} for {@code fdp.exe}), zero-width characters and the
	 * byte-order mark.
	 */
	static boolean invisible(char c) {
		return Character.isISOControl(c) || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C' || c == '\u180E';
	}

	/** The name with the extension of its detected type: the last extension replaced, or the extension added. */
	static String named(String name, String extension) {
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String named = stem + "." + extension;
		return named.length() > 255 ? stem.substring(0, 255 - extension.length() - 1) + "." + extension : named;
	}

}
