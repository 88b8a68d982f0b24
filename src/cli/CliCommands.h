#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

namespace tf {

struct CliContext {
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QStringList arguments; // positional arguments after the command name
    const QCommandLineOption &database;
    const QCommandLineOption &serviceType;
};

struct CliCommand {
    QString name;
    QString summary;
    int (*run)(CliContext &context);
};

int runTemplates(CliContext &context);
int runCheck(CliContext &context);
int runValidatePersonnummer(CliContext &context);
int runVersion(CliContext &context);

} // namespace tf
