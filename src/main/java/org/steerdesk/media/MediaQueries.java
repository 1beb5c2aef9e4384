package org.steerdesk.media;

import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.RecordScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Keyset;
import org.steerdesk.shared.Page;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;

/**
 * The media lists (items, shares, counted views), paged by keyset, with the totals of the whole
 * filtered list, and the statistics. Every query is limited to what the actor may read.
 */
@Service
@Transactional(readOnly = true)
public class MediaQueries {

	public static final int PAGE = 50;

	/** Items as list rows; conditions follow. */
	private static final String ITEM_ROWS = """
			SELECT 'I' AS tt, i.id, i.url, i.title, i.kind, i.published_at AS at, i.channel_id, i.unit_id, i.themes,
			CAST(NULL AS BIGINT) AS views FROM media_items i WHERE 1=1""";

	/** Newest first; the keyset follows the same order. */
	private static final String ITEM_ORDER = " ORDER BY i.published_at DESC, i.id DESC";

	/** Counted observations (see {@link #counted}) with their targets, for the list. */
	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Channels channels;

	MediaQueries(JdbcClient jdbc, Units units, OrgAccess access, Channels channels) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.channels = channels;
	}

	/**
	 * The units a filter covers for an actor: the scope of the filter's unit (which the actor must
	 * be able to read), or everything the actor reads (null when that is every unit).
	 */
	RecordScope scope(MediaFilter filter, Actor actor) {
		return new RecordScope(access.readScope(actor, filter.unit(), units), filter.from(), filter.to());
	}

	public MediaPage items(MediaFilter filter, Actor actor) {
		RecordScope scope = scope(filter, actor);
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		itemConditions(filter, scope, where, params);
		return keysetPage("SELECT COUNT(*) FROM media_items i WHERE 1=1", ITEM_ROWS, ITEM_ORDER, "i.published_at", "i.id", where, params,
				filter.after());
	}

	public MediaPage shares(MediaFilter filter, Actor actor) {
		RecordScope scope = scope(filter, actor);
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		shareConditions(filter, scope, where, params);
		return keysetPage("SELECT COUNT(*) FROM media_shares s JOIN media_channels c ON c.id = s.channel_id WHERE 1=1", """
				SELECT 'S' AS tt, s.id, s.url, i.title, i.kind, s.shared_at AS at, s.channel_id, s.unit_id, CAST(NULL AS VARCHAR(10)) AS themes,
				CAST(NULL AS BIGINT) AS views FROM media_shares s JOIN media_channels c ON c.id = s.channel_id
				LEFT JOIN media_items i ON i.id = s.item_id WHERE 1=1""", " ORDER BY s.shared_at DESC, s.id DESC", "s.shared_at", "s.id", where,
				params, filter.after());
	}

	/**
	 * One page of a list newest first: the total counted on the first page only (then carried in
	 * the cursor), the rows after the cursor by ({@code atColumn}, {@code idColumn}).
	 */
	private MediaPage keysetPage(String count, String select, String order, String atColumn, String idColumn, CharSequence where,
			List<Object> params, String after) {
		Keyset keyset = Keyset.after(after);
		Long carried = keyset.carriedTotal();
		long total = carried != null ? carried : jdbc.sql(count + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		String position = keyset.condition(atColumn, idColumn, at -> Instant.parse(at).atOffset(ZoneOffset.UTC), pageParams);
		List<MediaRow> rows = jdbc.sql(select + where + position + order + " FETCH FIRST " + (PAGE + 1) + " ROWS ONLY")
			.params(pageParams)
			.query(MediaQueries::raw)
			.list()
			.stream()
			.map(RawRow::row)
			.toList();
		Page<MediaRow> page = Keyset.page(rows, PAGE, total, row -> row.at().toInstant(), MediaRow::id);
		return new MediaPage(named(page.rows()), page.next(), total, null);
	}

	/**
	 * Checks that the actor may read the filter's scope, before an export writes its first byte.
	 * @throws org.springframework.security.access.AccessDeniedException when not
	 */
	public void requireReadable(MediaFilter filter, Actor actor) {
		scope(filter, actor);
	}

	/** Every item of the filtered list, in list order, for export. */
	public void exportItems(MediaFilter filter, Actor actor, Consumer<MediaRow> sink) {
		RecordScope scope = scope(filter, actor);
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		itemConditions(filter, scope, where, params);
		stream(ITEM_ROWS + where + ITEM_ORDER, params, sink);
	}

	public void exportShares(MediaFilter filter, Actor actor, Consumer<MediaRow> sink) {
		RecordScope scope = scope(filter, actor);
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		shareConditions(filter, scope, where, params);
		stream("""
				SELECT 'S' AS tt, s.id, s.url, i.url AS title, i.kind, s.shared_at AS at, s.channel_id, s.unit_id,
				CAST(NULL AS VARCHAR(10)) AS themes, CAST(NULL AS BIGINT) AS views FROM media_shares s
				JOIN media_channels c ON c.id = s.channel_id LEFT JOIN media_items i ON i.id = s.item_id WHERE 1=1"""
				+ where + " ORDER BY s.shared_at DESC, s.id DESC", params, sink);
	}

	private void stream(String sql, List<Object> params, Consumer<MediaRow> sink) {
		Map<Long, Channel> channelCache = new HashMap<>();
		Map<Long, OrgUnit> unitCache = new HashMap<>();
		List<RawRow> buffer = new ArrayList<>(1000);
		jdbc.sql(sql).params(params).withFetchSize(1000).query((ResultSet rs) -> {
			while (rs.next()) {
				buffer.add(raw(rs, 0));
				if (buffer.size() == 1000) {
					resolve(buffer, channelCache, unitCache).forEach(sink);
					buffer.clear();
				}
			}
			resolve(buffer, channelCache, unitCache).forEach(sink);
			return Boolean.TRUE;
		});
	}

	private void itemConditions(MediaFilter filter, RecordScope scope, StringBuilder where, List<Object> params) {
		scope.where("i", "published_on", where, params);
		if (filter.channel() != null && !filter.channel().isBlank()) {
			where.append(" AND i.channel_id = ?");
			params.add(channels.byCode(filter.channel().strip()).map(Channel::id).orElse(-1L));
		}
		if (filter.kind() != null) {
			where.append(" AND i.kind = ?");
			params.add(filter.kind().name());
		}
		if (filter.theme() != null && !filter.theme().isBlank()) {
			where.append(" AND i.themes LIKE ?");
			params.add(Sql.contains(";" + VietnameseText.nfc(filter.theme()) + ";"));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND i.title_key LIKE ?");
			params.add(Sql.contains(VietnameseText.searchKey(filter.q())));
		}
	}

	private void shareConditions(MediaFilter filter, RecordScope scope, StringBuilder where, List<Object> params) {
		scope.where("s", "shared_on", where, params);
		if (filter.channel() != null && !filter.channel().isBlank()) {
			where.append(" AND s.channel_id = ?");
			params.add(channels.byCode(filter.channel().strip()).map(Channel::id).orElse(-1L));
		}
		if (filter.platform() != null) {
			where.append(" AND c.platform = ?");
			params.add(filter.platform().name());
		}
	}




	/** Fills in channel and unit names, with one query each per page. */
	List<MediaRow> named(List<MediaRow> rows) {
		Map<Long, Channel> channelsById = new HashMap<>();
		channels.byIds(rows.stream().map(r -> r.channelCode() == null ? 0L : Long.parseLong(r.channelCode())).distinct().toList())
			.forEach(c -> channelsById.put(c.id(), c));
		Map<Long, OrgUnit> unitsById = new HashMap<>();
		units.byIds(rows.stream().map(MediaRow::unitId).distinct().toList()).forEach(u -> unitsById.put(u.id(), u));
		return rows.stream().map(r -> withNames(r, channelsById, unitsById)).toList();
	}

	private List<MediaRow> resolve(List<RawRow> raws, Map<Long, Channel> channelCache, Map<Long, OrgUnit> unitCache) {
		List<Long> missingChannels = raws.stream().map(r -> r.channelId).filter(id -> !channelCache.containsKey(id)).distinct().toList();
		channels.byIds(missingChannels).forEach(c -> channelCache.put(c.id(), c));
		List<Long> missingUnits = raws.stream().map(r -> r.unitId).filter(id -> !unitCache.containsKey(id)).distinct().toList();
		units.byIds(missingUnits).forEach(u -> unitCache.put(u.id(), u));
		return raws.stream().map(r -> withNames(r.row(), channelCache, unitCache)).toList();
	}

	private static MediaRow withNames(MediaRow r, Map<Long, Channel> channelsById, Map<Long, OrgUnit> unitsById) {
		Channel channel = channelsById.get(Long.parseLong(r.channelCode()));
		OrgUnit unit = unitsById.get(r.unitId());
		return new MediaRow(r.type(), r.id(), r.url(), r.title(), r.kind(), r.at(), channel == null ? null : channel.code(),
				channel == null ? null : channel.name(), channel == null || channel.platform() == null ? null : channel.platform().name(),
				r.unitId(), unit == null ? null : unit.code(), unit == null ? null : unit.name(Locale.forLanguageTag("vi")),
				r.themes(), r.views());
	}

	/** A row as read, with the channel id kept in {@code channelCode} until names are filled in. */
	record RawRow(MediaRow row, long channelId, long unitId) {
	}

	static RawRow raw(ResultSet rs, int n) throws SQLException {
		long views = rs.getLong("views");
		Long viewsOrNull = rs.wasNull() ? null : views;
		long channelId = rs.getLong("channel_id");
		MediaRow row = new MediaRow(rs.getString("tt").charAt(0), rs.getLong("id"), rs.getString("url"), rs.getString("title"),
				rs.getString("kind"), ProvinceTime.local(rs.getObject("at", OffsetDateTime.class)),
				Long.toString(channelId), null, null, rs.getLong("unit_id"), null, null, rs.getString("themes"), viewsOrNull);
		return new RawRow(row, channelId, rs.getLong("unit_id"));
	}

}
