/**
 * The register kit's write path: a register declares its table once ({@link org.steerdesk.records.RecordTable}),
 * fills a record's values from a draft ({@link org.steerdesk.records.RecordValues}: NFC, required, length and
 * code checks with the field's message) and saves it ({@link org.steerdesk.records.Records}: insert, or update
 * under the version check, the unchanged case detected, the audit entry with before and after).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.steerdesk.records;
