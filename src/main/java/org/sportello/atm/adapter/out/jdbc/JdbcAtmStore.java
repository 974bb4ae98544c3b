package org.sportello.atm.adapter.out.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.sportello.atm.Atm;
import org.sportello.atm.application.AtmStore;
import org.sportello.shared.GeoPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAtmStore implements AtmStore {

    /** Rows per JDBC batch: big enough to amortise round trips, small enough for the driver's buffers. */
    static final int BATCH_ROWS = 1_000;

    private final JdbcTemplate jdbc;

    JdbcAtmStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Atm> all() {
        return jdbc.query("SELECT osm_id, latitude, longitude, kind, name, operator, street, city, postcode, opening_hours,"
                + " wheelchair FROM atm_place", JdbcAtmStore::atm);
    }

    @Override
    public void add(List<Atm> atms) {
        jdbc.batchUpdate("INSERT INTO atm_place (latitude, longitude, kind, name, operator, street, city, postcode, opening_hours,"
                + " wheelchair, osm_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", atms, BATCH_ROWS, JdbcAtmStore::bind);
    }

    @Override
    public void replace(List<Atm> atms) {
        jdbc.batchUpdate("UPDATE atm_place SET latitude = ?, longitude = ?, kind = ?, name = ?, operator = ?, street = ?, city = ?,"
                + " postcode = ?, opening_hours = ?, wheelchair = ? WHERE osm_id = ?", atms, BATCH_ROWS, JdbcAtmStore::bind);
    }

    /** The same parameter order serves the insert and the update. */
    private static void bind(PreparedStatement row, Atm atm) throws SQLException {
        row.setDouble(1, atm.position().latitude());
        row.setDouble(2, atm.position().longitude());
        row.setString(3, atm.kind().name());
        row.setString(4, atm.name());
        row.setString(5, atm.operator());
        row.setString(6, atm.street());
        row.setString(7, atm.city());
        row.setString(8, atm.postcode());
        row.setString(9, atm.openingHours());
        row.setString(10, atm.wheelchair().name());
        row.setString(11, atm.osmId());
    }

    private static Atm atm(ResultSet row, int rowNumber) throws SQLException {
        return new Atm(row.getString("osm_id"), new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
                Atm.Kind.valueOf(row.getString("kind")), row.getString("name"), row.getString("operator"), row.getString("street"),
                row.getString("city"), row.getString("postcode"), row.getString("opening_hours"),
                Atm.Wheelchair.valueOf(row.getString("wheelchair")));
    }
}
