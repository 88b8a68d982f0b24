// The CSV reader on any bytes: no crash; a separator it can name; records in
// file order with their lines; every problem with a line and a reason.
#include "domain/io/CsvReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const tf::CsvTable table = tf::CsvReader::parse(bytes);
    if (table.separator != QLatin1Char(',') && table.separator != QLatin1Char(';'))
        std::abort();
    int line = table.header.line;
    for (const tf::CsvRecord &record : table.records) {
        if (record.line < 1 || record.line < line)
            std::abort();
        line = record.line;
    }
    for (const tf::CsvProblem &problem : table.problems)
        if (problem.line < 1 || problem.reason.isEmpty())
            std::abort();
    return 0;
}
