/** Official documents (văn bản): the state and Party layouts as data, written as DOCX. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.steerdesk.documents;
