#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tf {

// One topic of the APT's årshjul: taken up at every APT held in its month.
struct YearWheelTopic
{
    int month = 1; // 1–12
    QString title;
    QString source; // where the topic comes from (a rule, a seed); may be empty
};

// The organisation's årshjul as resources/quality/arshjul.json writes it, by
// month and in the file's order; empty with a reason in *error when it
// cannot be used.
QList<YearWheelTopic> yearWheelFromJson(const QByteArray &json, QString *error);

// The APT's agenda item for a topic: "Årshjul: <topic>".
QString yearWheelItemTitle(const QString &topic);
bool isYearWheelItemTitle(const QString &title);

// The Swedish month's name: "januari" … "december".
QString swedishMonthName(int month);

} // namespace tf
