package org.steerdesk.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The sessions signed in as a user (Spring Session's index by principal name). */
@Component
public class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session signed in as the user, except one ({@code exceptSessionId}, may be null). */
	public void end(String username, String exceptSessionId) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		for (String id : repository.findByPrincipalName(username).keySet()) {
			if (!id.equals(exceptSessionId)) {
				repository.deleteById(id);
			}
		}
	}
}
