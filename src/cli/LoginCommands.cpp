#include "cli/LoginCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliOptions.h"
#include "domain/Person.h"
#include "services/Directory.h"
#include "services/Logins.h"
#include "services/Workspace.h"

#include <QJsonObject>

namespace tf {

namespace {
const QString kPerson = QStringLiteral("person");
const QString kLogin = QStringLiteral("login");
const QString kAdministrator = QStringLiteral("administrator");
const QString kProfession = QStringLiteral("profession");
const QString kRole = QStringLiteral("role");
const QString kEmail = QStringLiteral("email");

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

void addLoginOptions(QCommandLineParser &parser)
{
    // --person is registered by the access-log options, --name by add-unit's.
    parser.addOption({kLogin, QStringLiteral("grant-login: inloggningens (rollens) namn."),
        QStringLiteral("NAMN")});
    parser.addOption({kAdministrator,
        QStringLiteral("grant-login: gör personen till administratör (får koppla "
                       "inloggningar).")});
    parser.addOption({kProfession, QStringLiteral("add-person: yrke, t.ex. Undersköterska."),
        QStringLiteral("YRKE")});
    parser.addOption(
        {kRole, QStringLiteral("add-person: roll, t.ex. Enhetschef."), QStringLiteral("ROLL")});
    parser.addOption({kEmail, QStringLiteral("add-person: e-postadress, för kallelser."),
        QStringLiteral("ADRESS")});
}

int runAddPerson(CliContext &context)
{
    Person person;
    if (!required(context, QStringLiteral("name"), &person.name))
        return 2;
    person.profession = context.parser.value(kProfession).trimmed();
    person.role = context.parser.value(kRole).trimmed();
    person.email = context.parser.value(kEmail).trimmed();
    auto workspace = openWorkspace(context);
    const qint64 id = workspace->directory().createPerson(person);
    printJson(context.out, QJsonDocument(QJsonObject {{QStringLiteral("id"), id}}));
    return 0;
}

int runGrantLogin(CliContext &context)
{
    qint64 personId = 0;
    QString login;
    if (!idOf(context, kPerson, &personId) || !required(context, kLogin, &login))
        return 2;
    const bool administrator = context.parser.isSet(kAdministrator);
    auto workspace = openWorkspace(context);
    Logins(*workspace).grant(personId, login, administrator);
    printJson(context.out,
        QJsonDocument(QJsonObject {{QStringLiteral("person"), personId},
            {QStringLiteral("login"), login}, {QStringLiteral("administrator"), administrator}}));
    return 0;
}

int runRevokeLogin(CliContext &context)
{
    qint64 personId = 0;
    if (!idOf(context, kPerson, &personId))
        return 2;
    auto workspace = openWorkspace(context);
    const QString login = Logins(*workspace).revoke(personId);
    printJson(context.out,
        QJsonDocument(QJsonObject {
            {QStringLiteral("person"), personId}, {QStringLiteral("revoked"), textOrNull(login)}}));
    return 0;
}

} // namespace tf
