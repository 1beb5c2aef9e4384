/**
 * Annual review reports (báo cáo tổng kết): templates whose narrative embeds figures by key,
 * drafts with versioned edits, issuing with the committee's numbering and frozen figures, and the
 * report as an official document.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "figures", "org", "documents", "audit" })
package org.steerdesk.review;
