/**
 * Files: documents and images that records carry (an event's documents, a course's materials),
 * stored once by SHA-256 in the database, typed by their content, served only to those who may read
 * the record they belong to (the owning module checks that before it calls here).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.steerdesk.files;
