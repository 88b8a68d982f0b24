#include "cli/CliOptions.h"

#include "services/Directory.h"
#include "services/IoMessages.h"
#include "services/Workspace.h"

#include <QFile>

#include <cstdio>

namespace tf {

bool required(CliContext &context, const QString &name, QString *value)
{
    *value = context.parser.value(name).trimmed();
    if (value->isEmpty()) {
        context.err << QStringLiteral("Ange --%1.").arg(name) << Qt::endl;
        return false;
    }
    return true;
}

bool idOf(CliContext &context, const QString &name, qint64 *id)
{
    QString text;
    if (!required(context, name, &text))
        return false;
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        context.err << QStringLiteral("--%1 ska vara ett id (ett positivt heltal), inte \"%2\".")
                           .arg(name, text)
                    << Qt::endl;
        return false;
    }
    return true;
}

bool dateOf(CliContext &context, const QString &name, QDate *date)
{
    QString text;
    if (!required(context, name, &text))
        return false;
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        context.err << QStringLiteral("--%1 ska vara ett datum som ÅÅÅÅ-MM-DD, inte \"%2\".")
                           .arg(name, text)
                    << Qt::endl;
        return false;
    }
    return true;
}

bool timeOf(CliContext &context, const QString &name, QTime *time)
{
    QString text;
    if (!required(context, name, &text))
        return false;
    *time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time->isValid()) {
        context.err
            << QStringLiteral("--%1 ska vara en tid som TT:MM, inte \"%2\".").arg(name, text)
            << Qt::endl;
        return false;
    }
    return true;
}

bool periodOf(CliContext &context, QDate *from, QDate *to)
{
    if (!dateOf(context, QStringLiteral("from"), from)
        || !dateOf(context, QStringLiteral("to"), to))
        return false;
    if (*to < *from) {
        context.err << QStringLiteral("--to (%1) får inte vara före --from (%2).")
                           .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate))
                    << Qt::endl;
        return false;
    }
    return true;
}

bool yearOf(CliContext &context, const QString &name, int *year)
{
    QString text;
    if (!required(context, name, &text))
        return false;
    bool ok = false;
    *year = text.toInt(&ok);
    if (ok && *year >= 2000 && *year <= 9999)
        return true;
    context.err
        << QStringLiteral("--%1 ska vara ett årtal, t.ex. 2025, inte \"%2\".").arg(name, text)
        << Qt::endl;
    return false;
}

int unknownSubcommand(CliContext &context, const QString &command, const QString &choices)
{
    context.err << QStringLiteral("Ange vad som ska göras: %1 %2.").arg(command, choices)
                << Qt::endl;
    return 2;
}

bool countOf(CliContext &context, const QString &name, int *value)
{
    bool ok = false;
    *value = context.parser.value(name).toInt(&ok);
    if (!ok || *value <= 0) {
        context.err << QStringLiteral("--%1 ska vara ett positivt heltal, inte \"%2\".")
                           .arg(name, context.parser.value(name))
                    << Qt::endl;
        return false;
    }
    return true;
}

bool readInputFile(const QString &path, const QString &what, QByteArray *data, QString *error)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = QStringLiteral("Kan inte läsa %1 \"%2\": %3.").arg(what, path, fileProblem(file));
        return false;
    }
    *data = file.readAll();
    return true;
}

bool unitExists(CliContext &context, Workspace &workspace, qint64 unitId)
{
    if (workspace.directory().unit(unitId))
        return true;
    context.err << QStringLiteral("Det finns ingen enhet med id %1.").arg(unitId) << Qt::endl;
    return false;
}

} // namespace tf
