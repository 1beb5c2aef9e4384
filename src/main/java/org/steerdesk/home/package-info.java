/**
 * Home: the start page of a signed-in user, assembled from the registers' public reads (figures,
 * newest records, drafts awaiting action); it owns no data.
 */
@org.springframework.modulith.ApplicationModule
package org.steerdesk.home;
