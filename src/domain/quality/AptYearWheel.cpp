#include "domain/quality/AptYearWheel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace tf {

namespace {
const QString kItemPrefix = QStringLiteral("Årshjul: ");
} // namespace

QList<YearWheelTopic> yearWheelFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parsed;
    const QJsonArray months
        = QJsonDocument::fromJson(json, &parsed).object().value(QStringLiteral("months")).toArray();
    if (parsed.error != QJsonParseError::NoError || months.isEmpty()) {
        *error = QStringLiteral("Årshjulet saknar månader.");
        return {};
    }
    QList<YearWheelTopic> topics;
    for (const QJsonValue &value : months) {
        const QJsonObject object = value.toObject();
        const int month = object.value(QStringLiteral("month")).toInt();
        if (month < 1 || month > 12) {
            *error = QStringLiteral("Årshjulet har en månad utanför 1–12.");
            return {};
        }
        for (const QJsonValue &topicValue : object.value(QStringLiteral("topics")).toArray()) {
            const QJsonObject topic = topicValue.toObject();
            YearWheelTopic entry {month, topic.value(QStringLiteral("title")).toString().trimmed(),
                topic.value(QStringLiteral("source")).toString()};
            if (entry.title.isEmpty()) {
                *error = QStringLiteral("Årshjulet har ett ämne utan rubrik i %1.")
                             .arg(swedishMonthName(month));
                return {};
            }
            topics << entry;
        }
    }
    std::stable_sort(topics.begin(), topics.end(),
        [](const YearWheelTopic &a, const YearWheelTopic &b) { return a.month < b.month; });
    return topics;
}

QString yearWheelItemTitle(const QString &topic)
{
    return kItemPrefix + topic;
}

bool isYearWheelItemTitle(const QString &title)
{
    return title.startsWith(kItemPrefix);
}

QString swedishMonthName(int month)
{
    return QLocale(QLocale::Swedish, QLocale::Sweden).standaloneMonthName(month).toLower();
}

} // namespace tf
