#include "cli/CliApp.h"

#include "cli/AccessLogCommands.h"
#include "cli/ActionPlanCommands.h"
#include "cli/ApproveCommand.h"
#include "cli/BackupCommands.h"
#include "cli/CareDutyCommands.h"
#include "cli/ChairCommands.h"
#include "cli/CliCommands.h"
#include "cli/ClientExportCommand.h"
#include "cli/ConsentCommands.h"
#include "cli/ExternalParticipantCommands.h"
#include "cli/GenerateCommand.h"
#include "cli/LoginCommands.h"
#include "cli/MinutesCommands.h"
#include "cli/ObjectionCommands.h"
#include "cli/QualityCommands.h"
#include "cli/RegisterCommands.h"
#include "cli/ReportCommand.h"
#include "cli/RetentionCommands.h"
#include "cli/RiskCommands.h"
#include "cli/SelfInspectionCommands.h"
#include "cli/ServerCommands.h"
#include "cli/SharedClientCommands.h"
#include "cli/StaffCommands.h"
#include "domain/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tf {

namespace {
const QList<CliCommand> &commands()
{
    static const QList<CliCommand> list = {
        {QStringLiteral("templates"), QStringLiteral("Skriver ut forummallarna som JSON."),
            runTemplates},
        {QStringLiteral("check"),
            QStringLiteral("Kontrollerar schemaversion och databasens integritet."), runCheck},
        {QStringLiteral("validate-personnummer"),
            QStringLiteral("Kontrollerar ett personnummer eller samordningsnummer."),
            runValidatePersonnummer},
        {QStringLiteral("version"), QStringLiteral("Skriver ut programmets version."), runVersion},
        {QStringLiteral("add-unit"),
            QStringLiteral("add-unit --service-type NYCKEL --name NAMN: skapar en enhet."),
            runAddUnit},
        {QStringLiteral("units"), QStringLiteral("Skriver ut enheterna."), runUnits},
        {QStringLiteral("add-person"),
            QStringLiteral("add-person --name NAMN [--profession YRKE] [--role ROLL] [--email "
                           "ADRESS]: lägger till en person."),
            runAddPerson},
        {QStringLiteral("grant-login"),
            QStringLiteral("grant-login --person ID --login NAMN [--administrator]: PostgreSQL: "
                           "kopplar en inloggning till personen."),
            runGrantLogin},
        {QStringLiteral("revoke-login"),
            QStringLiteral("revoke-login --person ID: PostgreSQL: tar bort personens "
                           "inloggning."),
            runRevokeLogin},
        {QStringLiteral("end-employment"),
            QStringLiteral("end-employment --person ID --date DATUM: personen slutar; från dagen "
                           "erbjuds hen ingenstans. Visar vad som ska lämnas över."),
            runEndEmployment},
        {QStringLiteral("handover"),
            QStringLiteral("handover --from ID --to ID [--dry-run]: lämnar över öppna "
                           "åtgärder, kundroller och SIP-ansvar till en efterträdare."),
            runHandover},
        {QStringLiteral("end-insats"),
            QStringLiteral("end-insats --client ID --date DATUM --reason "
                           "flyttat|avlidit|avslutad [--close-actions]: kundens insats upphör."),
            runEndInsats},
        {QStringLiteral("meetings"),
            QStringLiteral("meetings --unit ID --from DATUM --to DATUM: enhetens möten."),
            runMeetings},
        {QStringLiteral("schedule"),
            QStringLiteral(
                "schedule --unit ID --forum NYCKEL --start DATUM --time TT:MM: ny mötesserie."),
            runSchedule},
        {QStringLiteral("schedule-once"),
            QStringLiteral("schedule-once --unit ID --forum NYCKEL --date DATUM --time TT:MM: "
                           "ett enstaka möte."),
            runScheduleOnce},
        {QStringLiteral("export-ics"),
            QStringLiteral(
                "export-ics --series ID [--method publish|request] [--output FIL]: kalenderfil."),
            runExportIcs},
        {QStringLiteral("minutes"),
            QStringLiteral("minutes --meeting ID: närvaro, anteckningar och åtgärder som JSON."),
            runMinutes},
        {QStringLiteral("approve"),
            QStringLiteral("approve --meeting ID: justerar protokollet i eget namn (ordföranden "
                           "eller en utsedd justerare); på SQLite med --as ID och den personliga "
                           "koden på första raden av standard in."),
            runApprove},
        {QStringLiteral("actions"),
            QStringLiteral(
                "actions --unit ID [--status open|due|overdue|done]: enhetens åtgärder."),
            runActions},
        {QStringLiteral("export-minutes"),
            QStringLiteral(
                "export-minutes --meeting ID --pdf FIL [--anonymize]: protokollet som PDF."),
            runExportMinutes},
        {QStringLiteral("search"),
            QStringLiteral("search ORD …: söker i anteckningar, åtgärder och tillägg."), runSearch},
        {QStringLiteral("generate"),
            QStringLiteral("Fyller en ny databas med realistiska testdata."), runGenerate},
        {QStringLiteral("risk"),
            QStringLiteral("risk score: poängsätter en riskbedömning (Senior Alert) från JSON. "
                           "risk plan add --assessment ID --what TEXT --person ID --follow-up "
                           "DATUM | list --client ID | follow-up --measure ID --date DATUM --text "
                           "TEXT: vårdplanen efter en bedömning med risk. risk individuals "
                           "--meeting ID [add --client ID …]: riskindivider som föreslås till ett "
                           "samordningsmöte. risk hospital-stay --client ID --date DATUM [--from "
                           "DATUM] [--text "
                           "TEXT]: kunden kom hem från sjukhus. risk texts check FIL: om "
                           "organisationens licensierade blankettexter passar instrumentet."),
            runRisk},
        {QStringLiteral("access-log"),
            QStringLiteral("access-log --client PNR|ID | --person ID | --from DATUM --to DATUM "
                           "[--sample N] | --verify | check --unit ID --month ÅÅÅÅ-MM [--sample N] "
                           "| save-check --unit ID --month ÅÅÅÅ-MM --judgements FIL | checks "
                           "--year ÅÅÅÅ | overdue: loggkontroll."),
            runAccessLog},
        {QStringLiteral("backup"),
            QStringLiteral("backup --output FIL: kontrollerad säkerhetskopia av SQLite-databasen."),
            runBackup},
        {QStringLiteral("restore"),
            QStringLiteral("restore --input FIL: läser tillbaka en kontrollerad säkerhetskopia."),
            runRestore},
        {QStringLiteral("client-export"),
            QStringLiteral("client-export --client PNR|ID --json FIL [--pdf FIL]: allt om en kund, "
                           "för kundens rätt till insyn."),
            runClientExport},
        {QStringLiteral("objection"),
            QStringLiteral("objection --note ID | --assessment ID --text TEXT: kunden anser att "
                           "uppgiften är oriktig; invändningen sparas bredvid den."),
            runObjection},
        {QStringLiteral("correct-note"),
            QStringLiteral("correct-note --note ID --text TEXT --reason SKÄL: rättar en "
                           "anteckning; den tidigare texten sparas med skälet, vem och när."),
            runCorrectNote},
        {QStringLiteral("retention"),
            QStringLiteral("retention decide --personnummer PNR --last-entry DATUM --as-of DATUM "
                           "| plan --as-of DATUM [--provider municipal|private] | run --as-of "
                           "DATUM --archive MAPP | protocols | provider [--provider "
                           "municipal|private]: bevarande och gallring."),
            runRetention},
        {QStringLiteral("report"),
            QStringLiteral("report --year ÅÅÅÅ [--unit ID] (--json [FIL] | --pdf FIL): hur "
                           "mötesrutinen följdes, per enhet och forum."),
            runReport},
        {QStringLiteral("egenkontroll"),
            QStringLiteral("egenkontroll plan [--unit ID] | status --unit ID [--date DATUM] | "
                           "record --unit ID --check NYCKEL --date DATUM --finding TEXT "
                           "[--measures TEXT] | summary --year ÅÅÅÅ --half 1|2 [--unit ID]: "
                           "egenkontrollerna, vad som är gjort och vad som ska göras."),
            runSelfInspection},
        {QStringLiteral("handlingsplan"),
            QStringLiteral("handlingsplan list --unit ID [--status open|all] | add --unit ID "
                           "--area TEXT --forum NYCKEL [--current-state TEXT] [--goal TEXT] | "
                           "action --plan ID [--action ID] --what TEXT (--who TEXT | --person ID) "
                           "[--due DATUM] [--status NYCKEL] | sign-off --plan ID [--date DATUM] | "
                           "due [--unit ID] [--person ID] [--days N]: handlingsplaner."),
            runActionPlan},
        {QStringLiteral("arshjul"),
            QStringLiteral("arshjul show [--unit ID] | set --unit ID --month 1-12 (--topic TEXT "
                           "… | --reset): APT:ns ämnen per månad."),
            runYearWheel},
        {QStringLiteral("import"),
            QStringLiteral("import --kind units|staff|clients --csv FIL [--map KOLUMN=FÄLT] "
                           "[--dry-run] [--good-rows-only]: enheter, personal eller kunder från "
                           "CSV; rapporten som JSON."),
            runImport},
        {QStringLiteral("export"),
            QStringLiteral("export --kind units|staff|clients --csv FIL: enheter, personal eller "
                           "kunder som CSV i importens kolumner."),
            runExport},
        {QStringLiteral("deviation"),
            QStringLiteral("deviation add --unit ID --date DATUM --category KATEGORI --severity "
                           "GRAD --description TEXT [--status STATUS] | list --unit ID --from "
                           "DATUM --to DATUM | import --unit ID --csv FIL [--map JSON] | summary "
                           "--unit ID --from DATUM --to DATUM: avvikelser inför kvalitetsmötet."),
            runDeviation},
        {QStringLiteral("complaint"),
            QStringLiteral("complaint add --unit ID --date DATUM --kind klagomal|synpunkt "
                           "--summary TEXT | list --unit ID [--status open|all] | feedback "
                           "--complaint ID --text TEXT [--date DATUM]: klagomål och synpunkter."),
            runComplaint},
        {QStringLiteral("care-plan"),
            QStringLiteral("care-plan status (--unit ID | --person ID) [--date DATUM] | record "
                           "--client ID --kind SLAG --date DATUM [--not-done] | setting --unit ID "
                           "[--months 3|6]: genomförandeplanen, vad som ska göras och när."),
            runCarePlan},
        {QStringLiteral("consents"),
            QStringLiteral("consents [--unit ID] [--date DATUM] [--days N]: samtycken som går ut "
                           "inom N dagar (30) och kunder på kommande samordningsmöten utan "
                           "giltigt samtycke."),
            runConsents},
        {QStringLiteral("journal"),
            QStringLiteral("journal list [--person ID] | documented --action ID --record "
                           "sol|hsl|lss: åtgärder som ska dokumenteras i journal."),
            runJournal},
        {QStringLiteral("client"),
            QStringLiteral("client register --unit ID --personnummer NR --name NAMN [--apartment "
                           "TEXT] [--from DATUM] | list --unit ID [--date DATUM] | units --client "
                           "ID | serve --client ID --unit ID --from DATUM | unserve --client ID "
                           "--unit ID --date DATUM: en kund, de enheter som ger insatser."),
            runClient},
        {QStringLiteral("samordning"),
            QStringLiteral("samordning units --unit ID [--coordinates ID,ID] | clients --meeting "
                           "ID [--date DATUM]: enheterna samordningsmötet samordnar och kunderna "
                           "det kan ta upp. samordning guests list --meeting ID | add --meeting "
                           "ID (--external ID | --name NAMN --organisation ORG [--role ROLL] "
                           "[--email ADRESS]) [--whole-series] | remove --meeting ID --external "
                           "ID [--whole-series]: externa deltagare (hälsocentralens). samordning "
                           "register --unit ID: enhetens register över dem. samordning leader "
                           "show --meeting ID | set --meeting ID (--person ID | --external ID): "
                           "mötesledaren, föreslagen växelvis."),
            runSamordning},
        {QStringLiteral("prepare-server"),
            QStringLiteral("PostgreSQL: ställer in databasen så att serverns logg aldrig får "
                           "värden som programmet skickar (körs en gång av superanvändaren)."),
            runPrepareServer},
    };
    return list;
}

QString commandSummary()
{
    QString text = QStringLiteral("Kommandon:\n");
    for (const auto &command : commands())
        text += QStringLiteral("  %1\t%2\n").arg(command.name, -22).arg(command.summary);
    return text;
}
} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Teamforum på kommandoraden: JSON på standard ut, fel på standard fel.\n\n")
        + commandSummary());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QStringLiteral("Visar den här hjälptexten."));
    parser.addOption(help);
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("SQLite-fil eller postgresql://användare@värd:port/databas."),
        QStringLiteral("SÖKVÄG|URL"));
    parser.addOption(database);
    parser.addOption({QStringLiteral("as"),
        QStringLiteral("SQLite: personen (id) som läser, för åtkomstloggen. Utan den: personen "
                       "som är sparad för detta datorkonto. approve kräver dessutom personens "
                       "kod. På PostgreSQL anger inloggningen personen."),
        QStringLiteral("ID")});
    const QCommandLineOption serviceType(QStringLiteral("service-type"),
        QStringLiteral("Bara mallar för denna verksamhet."), QStringLiteral("NYCKEL"));
    parser.addOption(serviceType);
    addChairOptions(parser);
    addGenerateOptions(parser);
    addMinutesOptions(parser);
    addRiskOptions(parser);
    addAccessLogOptions(parser);
    addRetentionOptions(parser);
    addBackupOptions(parser);
    addClientExportOptions(parser);
    addObjectionOptions(parser);
    addLoginOptions(parser);
    addRegisterOptions(parser);
    addStaffOptions(parser);
    addQualityOptions(parser);
    addSelfInspectionOptions(parser);
    addActionPlanOptions(parser);
    addCareDutyOptions(parser);
    addSharedClientOptions(parser);
    addExternalParticipantOptions(parser);
    parser.addPositionalArgument(QStringLiteral("kommando"), QStringLiteral("Det som ska göras."));

    if (!parser.parse(withReportJsonToStdout(arguments))) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << QStringLiteral("Ange ett kommando.\n") << commandSummary();
        return 2;
    }
    CliContext context {parser, out, err, positional.mid(1), database, serviceType};
    for (const auto &command : commands()) {
        if (command.name != positional.first())
            continue;
        try {
            return command.run(context);
        } catch (const StorageError &error) {
            err << error.userMessage() << Qt::endl;
            return 1;
        }
    }
    err << QStringLiteral("Okänt kommando: %1\n").arg(positional.first()) << commandSummary();
    return 2;
}

} // namespace tf
