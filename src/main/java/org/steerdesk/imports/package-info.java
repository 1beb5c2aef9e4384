/** The import pipeline (nhập dữ liệu): parse, map, validate, dry-run and commit CSV/XLSX files for every register. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.steerdesk.imports;
