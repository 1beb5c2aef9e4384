package org.steerdesk.files;

import java.time.Instant;

/** A file as a record carries it: its name, detected type, size, content hash, who added it and when. */
public record StoredFile(long id, String ownerType, String ownerKey, String name, String mediaType, long size, String sha256,
		String addedBy, Instant addedAt) {
}
