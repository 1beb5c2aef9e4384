package org.steerdesk.external.web;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.external.PartnerHistories;
import org.steerdesk.external.Partners;
import org.steerdesk.identity.Accounts;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The partners pages' mapping alone: which service call a request makes and which view it answers with. */
@org.springframework.context.annotation.Import(org.steerdesk.web.Formats.class)
@WebMvcTest(PartnersController.class)
class PartnersControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Partners partners;

	@MockitoBean
	PartnerHistories histories;

	@MockitoBean
	OrgAccess access;

	@MockitoBean
	org.steerdesk.org.Units units;

	@MockitoBean
	Accounts accounts;

	final Actor viewer = new Actor(7, "viewer", "Viewer", List.of());

	@BeforeEach
	void signedIn() {
		when(accounts.actor("viewer")).thenReturn(Optional.of(viewer));
	}

	@Test
	void theListAsksTheServiceForTheWordsAsTheActor() throws Exception {
		when(partners.list(eq("quang tay"), any())).thenReturn(List.of());
		mvc.perform(get("/external/partners").param("q", "quang tay").with(user("viewer")))
			.andExpect(status().isOk())
			.andExpect(view().name("external/partners"))
			.andExpect(model().attribute("q", "quang tay"));
		verify(partners).list(eq("quang tay"), eq(viewer));
	}

	@Test
	void aRefusalOfTheServiceIsARefusalOfThePage() throws Exception {
		when(partners.list(any(), any())).thenThrow(new AccessDeniedException("error.access.noRole"));
		mvc.perform(get("/external/partners").with(user("viewer"))).andExpect(status().isForbidden());
	}
}
