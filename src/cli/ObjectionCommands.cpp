#include "cli/ObjectionCommands.h"

#include "cli/CliOptions.h"
#include "services/Workspace.h"
#include "services/care/Objections.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tf {

namespace {
const QString kNote = QStringLiteral("note");
const QString kAssessment = QStringLiteral("assessment");
const QString kText = QStringLiteral("text");
// Registered by the staff options (end-insats uses it too).
const QString kReason = QStringLiteral("reason");

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

void print(CliContext &context, const QJsonObject &object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
} // namespace

void addObjectionOptions(QCommandLineParser &parser)
{
    parser.addOption({kNote, QStringLiteral("objection, correct-note: anteckningens id."),
        QStringLiteral("ID")});
    parser.addOption(
        {kAssessment, QStringLiteral("objection: riskbedömningens id."), QStringLiteral("ID")});
    parser.addOption(
        {kText, QStringLiteral("objection: vad kunden säger; correct-note: den rättade texten."),
            QStringLiteral("TEXT")});
}

int runObjection(CliContext &context)
{
    const bool onNote = context.parser.isSet(kNote);
    if (onNote == context.parser.isSet(kAssessment)) {
        context.err << QStringLiteral("Ange antingen --note ID eller --assessment ID.") << Qt::endl;
        return 2;
    }
    qint64 id = 0;
    QString text;
    if (!idOf(context, onNote ? kNote : kAssessment, &id) || !required(context, kText, &text))
        return 2;
    auto workspace = openWorkspace(context);
    Objections objections(*workspace);
    const Objection made
        = onNote ? objections.againstNote(id, text) : objections.againstAssessment(id, text);
    print(context,
        {{QStringLiteral("id"), made.id}, {QStringLiteral("client"), made.clientId},
            {QStringLiteral("note"), idOrNull(made.noteId)},
            {QStringLiteral("assessment"), idOrNull(made.assessmentId)},
            {QStringLiteral("text"), made.text},
            {QStringLiteral("recordedAt"), made.recordedUtc.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("recordedBy"), idOrNull(made.recordedById)}});
    return 0;
}

int runCorrectNote(CliContext &context)
{
    qint64 id = 0;
    QString text;
    QString reason;
    if (!idOf(context, kNote, &id) || !required(context, kText, &text)
        || !required(context, kReason, &reason))
        return 2;
    auto workspace = openWorkspace(context);
    Objections objections(*workspace);
    const MinuteEntry corrected = objections.correctNote(id, text, reason);
    const QList<NoteCorrection> history = objections.correctionsOfNote(id);
    print(context,
        {{QStringLiteral("note"), corrected.id}, {QStringLiteral("text"), corrected.text},
            {QStringLiteral("version"), corrected.version},
            {QStringLiteral("previousText"),
                history.isEmpty() ? QJsonValue() : QJsonValue(history.last().previousText)},
            {QStringLiteral("reason"),
                history.isEmpty() ? QJsonValue() : QJsonValue(history.last().reason)}});
    return 0;
}

} // namespace tf
