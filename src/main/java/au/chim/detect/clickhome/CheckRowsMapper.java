package au.chim.detect.clickhome;

import au.chim.finding.Finding;
import java.util.List;
import java.util.Map;

/** A Java rule for a check whose rows need more than SQL to judge (ABN checksum, phone numbers, grouping). */
public interface CheckRowsMapper {
    List<Finding> findings(CheckDefinition check, List<Map<String, Object>> rows);
}
