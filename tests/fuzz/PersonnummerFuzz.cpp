// The personnummer reader on any text: no crash, and what it accepts is
// "YYYYMMDD-NNNN", accepted again as itself; what it refuses has a reason.
#include "domain/Personnummer.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{8}-\\d{4}$"));
    const QDate today(2026, 12, 5);
    const QString input
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const tf::PersonnummerResult result = tf::validatePersonnummer(input, today);
    if (result.valid) {
        if (!shape.match(result.normalized).hasMatch() || !result.error.isEmpty())
            std::abort();
        const tf::PersonnummerResult again = tf::validatePersonnummer(result.normalized, today);
        if (!again.valid || again.normalized != result.normalized)
            std::abort();
    } else if (result.error.isEmpty() || !result.normalized.isEmpty()) {
        std::abort();
    }
    return 0;
}
