/**
 * Official documents (văn bản): the state and Party layouts as data, written as DOCX and PDF, and
 * each issuing body's own number sequence.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.steerdesk.documents;
