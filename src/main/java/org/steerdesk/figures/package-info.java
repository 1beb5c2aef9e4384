/** The figures spine (số liệu): the FigureProvider SPI, the catalogue, and computation over a unit's scope and a date range. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org" })
package org.steerdesk.figures;
