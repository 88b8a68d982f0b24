#include "domain/risk/LicensedTexts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tf {

namespace {
bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

QString named(const RiskItem &item)
{
    return QStringLiteral("”%1” (%2)").arg(item.label, item.key);
}
} // namespace

bool parseLicensedTexts(const QByteArray &json, LicensedTexts *texts, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(error,
            QStringLiteral("Filen är inte ett JSON-objekt (fel vid tecken %1).")
                .arg(parseError.offset));
    const QJsonObject root = document.object();
    const QString key = root.value(QStringLiteral("instrument")).toString();
    const RiskInstrument *instrument = findRiskInstrument(key);
    if (!instrument)
        return fail(error,
            QStringLiteral("Filen anger inget känt instrument (\"instrument\": \"%1\").").arg(key));
    for (const QString &name : root.keys()) {
        if (name != QLatin1String("instrument") && name != QLatin1String("source")
            && name != QLatin1String("items"))
            return fail(error, QStringLiteral("Okänt fält \"%1\" i filen.").arg(name));
    }
    LicensedTexts read;
    read.instrument = key;
    read.source = root.value(QStringLiteral("source")).toString().trimmed();
    if (read.source.isEmpty())
        return fail(error,
            QStringLiteral("Ange i \"source\" varifrån texterna kommer (blankett och licens)."));
    const QJsonObject items = root.value(QStringLiteral("items")).toObject();
    for (const QString &itemKey : items.keys()) {
        if (!instrument->item(itemKey))
            return fail(
                error, QStringLiteral("%1 har ingen fråga \"%2\".").arg(instrument->name, itemKey));
    }
    for (const RiskItem &item : instrument->items) {
        if (!items.contains(item.key))
            return fail(error, QStringLiteral("Texten för frågan %1 saknas.").arg(named(item)));
        const QJsonObject text = items.value(item.key).toObject();
        const QString label = text.value(QStringLiteral("label")).toString().trimmed();
        if (label.isEmpty())
            return fail(
                error, QStringLiteral("Frågan %1 saknar text (\"label\").").arg(named(item)));
        read.itemLabels.insert(item.key, label);
        const QJsonObject options = text.value(QStringLiteral("options")).toObject();
        QSet<QString> known;
        for (const RiskOption &option : item.options) {
            known.insert(option.key);
            if (!options.contains(option.key))
                return fail(error,
                    QStringLiteral("Svaret \"%1\" på frågan %2 saknas.")
                        .arg(option.key, named(item)));
            const QJsonObject answer = options.value(option.key).toObject();
            if (!answer.value(QStringLiteral("points")).isDouble()
                || answer.value(QStringLiteral("points")).toDouble() != option.points)
                return fail(error,
                    QStringLiteral("Svaret \"%1\" på frågan %2 ger %3 poäng i programmet; filen "
                                   "anger något annat.")
                        .arg(option.key, named(item))
                        .arg(option.points));
            const QString optionLabel = answer.value(QStringLiteral("label")).toString().trimmed();
            if (optionLabel.isEmpty())
                return fail(error,
                    QStringLiteral("Svaret \"%1\" på frågan %2 saknar text (\"label\").")
                        .arg(option.key, named(item)));
            read.optionLabels[item.key].insert(option.key, optionLabel);
        }
        for (const QString &optionKey : options.keys()) {
            if (!known.contains(optionKey))
                return fail(error,
                    QStringLiteral("Frågan %1 har inget svar \"%2\".").arg(named(item), optionKey));
        }
    }
    *texts = read;
    return true;
}

RiskInstrument withLicensedTexts(const RiskInstrument &instrument, const LicensedTexts &texts)
{
    RiskInstrument licensed = instrument;
    for (RiskItem &item : licensed.items) {
        item.label = texts.itemLabels.value(item.key, item.label);
        for (RiskOption &option : item.options)
            option.label = texts.optionLabels.value(item.key).value(option.key, option.label);
    }
    licensed.verbatimTexts = true;
    return licensed;
}

} // namespace tf
