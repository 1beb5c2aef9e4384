package org.steerdesk.external.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.external.Meeting;
import org.steerdesk.external.MeetingMode;
import org.steerdesk.external.Meetings;
import org.steerdesk.identity.Accounts;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.UnitKind;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The meeting pages' mapping alone: a meeting's page shows the service's view; a missing one is 404. */
@org.springframework.context.annotation.Import(org.steerdesk.web.Formats.class)
@WebMvcTest(MeetingsController.class)
class MeetingsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Meetings meetings;

	@MockitoBean
	Units units;

	@MockitoBean
	OrgAccess access;

	@MockitoBean
	Accounts accounts;

	@Test
	void aMeetingsPageIsTheServicesViewOfIt() throws Exception {
		Actor editor = new Actor(3, "editor", "Editor", List.of());
		when(accounts.actor("editor")).thenReturn(Optional.of(editor));
		OrgUnit unit = new OrgUnit(5, "LS-D1", "Huyện Tràng Định", null, UnitKind.DISTRICT, 1L, "/1/5/", null, null, null, 0);
		Meeting meeting = new Meeting(9, "M-9", LocalDate.of(2022, 5, 1), MeetingMode.ONLINE, "Quảng Tây", null, "CN", "Cửa khẩu", 5,
				null, 0);
		when(meetings.view(eq("M-9"), eq(editor))).thenReturn(new Meetings.View(meeting, unit, null, List.of(), true));
		mvc.perform(get("/external/meetings/M-9").with(user("editor")))
			.andExpect(status().isOk())
			.andExpect(view().name("external/meeting"))
			.andExpect(model().attribute("meeting", meeting))
			.andExpect(model().attribute("mayEdit", true));
		when(meetings.require(eq("M-0"), eq(Permission.EDIT_RECORDS), any())).thenThrow(new NotFoundException("Meeting M-0"));
		mvc.perform(get("/external/meetings/M-0/edit").with(user("editor"))).andExpect(status().isNotFound());
	}
}
