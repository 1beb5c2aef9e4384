package org.steerdesk.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.steerdesk.identity.NewUser;

/** The user form: name, password (on creation or reset) and up to a few role rows. */
public class UserForm {

	static final int ROLE_ROWS = 6;

	private String username;

	private String displayName;

	private String password;

	private boolean enabled = true;

	private Integer version;

	private List<RoleRow> roles = new ArrayList<>();

	/** One role on one unit; both empty means an unused row. */
	public static class RoleRow {

		private String role;

		private String unitCode;

		public RoleRow() {
		}

		RoleRow(String role, String unitCode) {
			this.role = role;
			this.unitCode = unitCode;
		}

		public String getRole() { return role; }
		public void setRole(String role) { this.role = role; }
		public String getUnitCode() { return unitCode; }
		public void setUnitCode(String unitCode) { this.unitCode = unitCode; }

		boolean isEmpty() {
			return (role == null || role.isBlank()) && (unitCode == null || unitCode.isBlank());
		}
	}

	UserForm padded() {
		while (roles.size() < ROLE_ROWS) {
			roles.add(new RoleRow());
		}
		return this;
	}

	List<NewUser.RoleOnUnit> roleList() {
		return roles.stream().filter(r -> !r.isEmpty()).map(r -> new NewUser.RoleOnUnit(r.getRole(), r.getUnitCode())).toList();
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public boolean isEnabled() { return enabled; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public List<RoleRow> getRoles() { return roles; }
	public void setRoles(List<RoleRow> roles) { this.roles = roles; }
}
