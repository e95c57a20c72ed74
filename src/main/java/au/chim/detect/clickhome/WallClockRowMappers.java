package au.chim.detect.clickhome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.apache.camel.component.sql.DefaultRowMapperFactory;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads ClickHome's datetime columns as the wall-clock values they are (LocalDateTime), never through a
 * java.sql.Timestamp: drivers turn a zone-less DATETIME into a Timestamp in the JVM's zone (mssql-jdbc) or
 * the session's (H2), so its text would shift with the machine. Emails then read these wall-clock times in
 * monitor.clickhome.time-zone (notify/render TimeText). Route 10 uses it for every check's SQL.
 */
public class WallClockRowMappers extends DefaultRowMapperFactory {
    @Override
    public RowMapper<?> newColumnRowMapper() {
        return new ColumnMapRowMapper() {
            @Override
            protected Object getColumnValue(ResultSet rs, int index) throws SQLException {
                int type = rs.getMetaData().getColumnType(index);
                if (type == Types.TIMESTAMP) {
                    return rs.getObject(index, LocalDateTime.class);
                }
                return super.getColumnValue(rs, index);
            }
        };
    }
}
