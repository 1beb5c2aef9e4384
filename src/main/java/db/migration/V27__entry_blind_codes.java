package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.steerdesk.contests.BlindCodes;

/** Entries registered before blind codes existed receive one each, random and without meaning. */
public class V27__entry_blind_codes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("SELECT id FROM contest_entries WHERE blind_code IS NULL")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		try (PreparedStatement update = context.getConnection().prepareStatement("UPDATE contest_entries SET blind_code = ? WHERE id = ?")) {
			for (long id : ids) {
				update.setString(1, BlindCodes.next());
				update.setLong(2, id);
				update.addBatch();
			}
			update.executeBatch();
		}
	}
}
