package org.steerdesk.media;

/** What a published item is (tin, bài, phóng sự, ảnh, video, ...). */
public enum ItemKind {
	NEWS, ARTICLE, REPORTAGE, PHOTO, VIDEO, INFOGRAPHIC, PODCAST, OTHER
}
