#include "domain/Recurrence.h"

#include <QLocale>
#include <QStringList>

namespace tf {

namespace {
const char *const kCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

int weekdayFromCode(const QString &code)
{
    for (int i = 0; i < 7; ++i) {
        if (code == QLatin1String(kCodes[i]))
            return i + 1;
    }
    return 0;
}

// The n-th (or with -1 the last) given weekday of a month; invalid if none.
QDate nthWeekday(int year, int month, int weekday, int ordinal)
{
    if (ordinal > 0) {
        const QDate first(year, month, 1);
        const QDate date = first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (ordinal - 1));
        return date.month() == month ? date : QDate();
    }
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
}

// The rhythm in Swedish, without the months left out.
QString describeRhythm(const RecurrenceRule &rule)
{
    using Frequency = RecurrenceRule::Frequency;
    const auto frequency = rule.frequency;
    const int interval = rule.interval;
    const auto &byDay = rule.byDay;
    QString base;
    switch (frequency) {
    case Frequency::Daily:
        base = interval == 1 ? QStringLiteral("Dagligen")
                             : QStringLiteral("Var %1:e dag").arg(interval);
        if (byDay.size() == 5)
            return QStringLiteral("Vardagar");
        return base;
    case Frequency::Weekly:
        base = interval == 1 ? QStringLiteral("Varje vecka")
            : interval == 2  ? QStringLiteral("Varannan vecka")
                             : QStringLiteral("Var %1:e vecka").arg(interval);
        break;
    case Frequency::Monthly:
        base = interval == 1 ? QStringLiteral("Varje månad")
            : interval == 6  ? QStringLiteral("Var sjätte månad")
                             : QStringLiteral("Var %1:e månad").arg(interval);
        break;
    case Frequency::Yearly:
        return QStringLiteral("En gång om året");
    }
    if (byDay.size() != 1)
        return base;
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const QString dayName = swedish.dayName(byDay.first().weekday);
    const int ordinal = byDay.first().ordinal;
    if (ordinal == 0)
        return QStringLiteral("%1 på %2ar").arg(base, dayName);
    static const char *const ordinals[] = {"", "första", "andra", "tredje", "fjärde"};
    const QString which
        = ordinal < 0 ? QStringLiteral("sista") : QString::fromUtf8(ordinals[ordinal]);
    return QStringLiteral("%1, %2 %3en").arg(base, which, dayName);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

QString weekdayCode(int weekday)
{
    return QString::fromLatin1(kCodes[(weekday - 1) % 7]);
}

bool RecurrenceRule::parse(const QString &text, RecurrenceRule *rule, QString *error)
{
    RecurrenceRule result;
    bool hasFrequency = false;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString value = part.section(QLatin1Char('='), 1).trimmed().toUpper();
        if (key == QLatin1String("FREQ")) {
            static const QStringList names = {QStringLiteral("DAILY"), QStringLiteral("WEEKLY"),
                QStringLiteral("MONTHLY"), QStringLiteral("YEARLY")};
            const int index = names.indexOf(value);
            if (index < 0)
                return fail(error, QStringLiteral("Okänt intervall: %1.").arg(value));
            result.frequency = static_cast<Frequency>(index);
            hasFrequency = true;
        } else if (key == QLatin1String("INTERVAL")) {
            bool ok = false;
            result.interval = value.toInt(&ok);
            if (!ok || result.interval < 1 || result.interval > 99)
                return fail(error, QStringLiteral("Intervallet måste vara ett heltal 1–99."));
        } else if (key == QLatin1String("BYDAY")) {
            for (const QString &day : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                Day entry;
                entry.weekday = weekdayFromCode(day.right(2));
                if (day.size() > 2)
                    entry.ordinal = day.left(day.size() - 2).toInt();
                if (entry.weekday == 0 || entry.ordinal < -1 || entry.ordinal > 4)
                    return fail(error, QStringLiteral("Okänd veckodag: %1.").arg(day));
                result.byDay << entry;
            }
        } else if (key == QLatin1String("BYMONTH")) {
            for (const QString &month : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int number = month.toInt(&ok);
                if (!ok || number < 1 || number > 12)
                    return fail(error, QStringLiteral("Okänd månad: %1.").arg(month));
                if (!result.byMonth.contains(number))
                    result.byMonth << number;
            }
            std::sort(result.byMonth.begin(), result.byMonth.end());
        } else if (key == QLatin1String("UNTIL")) {
            result.until = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
            if (!result.until.isValid())
                return fail(error, QStringLiteral("Slutdatumet är inte ett datum: %1.").arg(value));
        } else if (key != QLatin1String("WKST")) {
            return fail(error, QStringLiteral("Regeldelen %1 stöds inte.").arg(key));
        }
    }
    if (!hasFrequency)
        return fail(error, QStringLiteral("Intervallet måste anges."));
    *rule = result;
    return true;
}

QString RecurrenceRule::toString() const
{
    static const char *const names[] = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"};
    QStringList parts {QStringLiteral("FREQ=%1").arg(QLatin1String(names[int(frequency)]))};
    if (interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    if (!byDay.isEmpty()) {
        QStringList days;
        for (const Day &day : byDay)
            days << (day.ordinal != 0 ? QString::number(day.ordinal) : QString())
                    + weekdayCode(day.weekday);
        parts << QStringLiteral("BYDAY=%1").arg(days.join(QLatin1Char(',')));
    }
    if (!byMonth.isEmpty()) {
        QStringList months;
        for (const int month : byMonth)
            months << QString::number(month);
        parts << QStringLiteral("BYMONTH=%1").arg(months.join(QLatin1Char(',')));
    }
    if (until.isValid())
        parts << QStringLiteral("UNTIL=%1").arg(until.toString(QStringLiteral("yyyyMMdd")));
    return parts.join(QLatin1Char(';'));
}

RecurrenceRule RecurrenceRule::forSeries(const QString &templateRrule, const QDate &firstDate)
{
    RecurrenceRule rule;
    if (!parse(templateRrule, &rule))
        rule = RecurrenceRule();
    if (rule.frequency == Frequency::Weekly && rule.byDay.isEmpty()) {
        rule.byDay = {{firstDate.dayOfWeek(), 0}};
    } else if (rule.frequency == Frequency::Monthly && rule.byDay.isEmpty()) {
        const int ordinal = (firstDate.day() - 1) / 7 + 1;
        rule.byDay = {{firstDate.dayOfWeek(), ordinal > 4 ? -1 : ordinal}};
    }
    return rule;
}

QList<QDate> RecurrenceRule::dates(const QDate &start, const QDate &from, const QDate &to) const
{
    QList<QDate> result;
    QDate last = to;
    if (until.isValid() && until < last)
        last = until;
    if (!start.isValid() || last < start)
        return result;
    auto accept = [&](const QDate &date) {
        if (date.isValid() && date >= start && date >= from && date <= last
            && (byMonth.isEmpty() || byMonth.contains(date.month())))
            result << date;
    };
    auto hasWeekday = [this](const QDate &date) {
        if (byDay.isEmpty())
            return true;
        for (const Day &day : byDay) {
            if (day.weekday == date.dayOfWeek())
                return true;
        }
        return false;
    };
    switch (frequency) {
    case Frequency::Daily:
        for (QDate date = start; date <= last; date = date.addDays(interval)) {
            if (hasWeekday(date))
                accept(date);
        }
        break;
    case Frequency::Weekly: {
        const QList<Day> days = byDay.isEmpty() ? QList<Day> {{start.dayOfWeek(), 0}} : byDay;
        for (QDate monday = start.addDays(1 - start.dayOfWeek()); monday <= last;
             monday = monday.addDays(7 * interval)) {
            QList<QDate> week;
            for (const Day &day : days)
                week << monday.addDays(day.weekday - 1);
            std::sort(week.begin(), week.end());
            for (const QDate &date : week)
                accept(date);
        }
        break;
    }
    case Frequency::Monthly:
        for (QDate month(start.year(), start.month(), 1); month <= last;
             month = month.addMonths(interval)) {
            QList<QDate> inMonth;
            if (byDay.isEmpty()) {
                inMonth << QDate(month.year(), month.month(), start.day());
            } else {
                for (const Day &day : byDay) {
                    if (day.ordinal != 0) {
                        inMonth << nthWeekday(
                            month.year(), month.month(), day.weekday, day.ordinal);
                        continue;
                    }
                    for (QDate d = month; d.month() == month.month(); d = d.addDays(1)) {
                        if (d.dayOfWeek() == day.weekday)
                            inMonth << d;
                    }
                }
            }
            std::sort(inMonth.begin(), inMonth.end());
            for (const QDate &date : inMonth)
                accept(date);
        }
        break;
    case Frequency::Yearly:
        for (int year = start.year(); year <= last.year(); year += interval)
            accept(QDate(year, start.month(), start.day()));
        break;
    }
    return result;
}

QString RecurrenceRule::describe() const
{
    const QString text = describeRhythm(*this);
    QStringList skipped;
    if (!byMonth.isEmpty()) {
        const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
        for (int month = 1; month <= 12; ++month) {
            if (!byMonth.contains(month))
                skipped << swedish.standaloneMonthName(month);
        }
    }
    if (skipped.isEmpty())
        return text;
    const QString last = skipped.takeLast();
    return QStringLiteral("%1, ej i %2")
        .arg(text,
            skipped.isEmpty()
                ? last
                : QStringLiteral("%1 och %2").arg(skipped.join(QStringLiteral(", ")), last));
}

} // namespace tf
