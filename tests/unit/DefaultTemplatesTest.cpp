// The shipped templates against the routine (seed 000, section 3, tables
// 3.1–3.6) and the samordningsmöte manual (seed 001). Roles are matched by
// the words the routine uses, so a reworded role still passes while a missing,
// extra or wrongly optional one fails.
#include <catch2/catch.hpp>

#include "services/TemplateJson.h"

#include <vector>

using namespace tf;

namespace {
struct Expected
{
    const char *serviceType;
    const char *forum;
    const char *rrule;
    int timesPerDay;
    bool onDemand;
    int minMinutes;
    int maxMinutes;
    LocationKind location;
    std::vector<const char *> required;
    std::vector<const char *> optional;
    std::vector<const char *> leaders;
};

const LocationKind Sefos = LocationKind::Digital;
const LocationKind Room = LocationKind::Room;
const LocationKind Ward = LocationKind::Ward;
// Ten APTs a year: none in July and December unless the unit chooses them.
const char *const kTenAYear = "FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,8,9,10,11";

// clang-format off
const std::vector<Expected> kRoutine = {
    // 3.1 Särskilt boende och korttid
    {"sabo", "pulsmote", "FREQ=DAILY", 1, true, 5, 5, Sefos,
     {"Planeringsteam", "Enhetschef", "Sjuksköterska"}, {}, {"Ansvarig sjuksköterska"}},
    {"sabo", "daglig_avstamning", "FREQ=DAILY", 2, false, 5, 5, Ward,
     {"Sjuksköterska", "Vårdpersonal i tjänst"}, {}, {"profession"}},
    {"sabo", "teammote", "FREQ=WEEKLY;INTERVAL=2", 1, false, 30, 30, Ward,
     {"Leg personal", "Fast omsorgskontakt"}, {"Dietist", "Demenssjuksköterska"}, {"Enhetschef"}},
    {"sabo", "reflektionsmote", "FREQ=MONTHLY", 1, false, 60, 60, Room,
     {"Samtlig vårdpersonal"}, {}, {"Specialist"}},
    {"sabo", "apt", kTenAYear, 1, false, 60, 60, Room,
     {"Samtlig vårdpersonal", "Sjuksköterska"}, {}, {"Enhetschef"}},
    {"sabo", "kvalitetsmote", "FREQ=MONTHLY", 1, false, 30, 60, Room,
     {"Leg personal", "Samtlig vårdpersonal"}, {}, {"Enhetschef", "sjuksköterska"}},
    {"sabo", "aktivitetsrad", "FREQ=MONTHLY", 1, false, 60, 60, Ward,
     {"Kunder"}, {}, {"Avdelningspersonal"}},
    // 3.2 Ordinärt boende
    {"ordinart_boende", "pulsmote", "FREQ=DAILY", 1, true, 5, 10, Sefos,
     {"Planeringsteam", "Enhetschef"}, {}, {"Planeringssjuksköterska"}},
    {"ordinart_boende", "daglig_avstamning", "FREQ=DAILY", 1, false, 15, 15,
     LocationKind::Unspecified,
     {"Enhetschef", "Leg personal", "Vårdpersonal i tjänst"}, {}, {"profession"}},
    {"ordinart_boende", "teammote", "FREQ=WEEKLY;INTERVAL=2", 1, false, 30, 30, Room,
     {"Leg personal", "Fast omsorgskontakt", "Handläggare"},
     {"Dietist", "Demenssjuksköterska"}, {"Enhetschef"}},
    {"ordinart_boende", "reflektionsmote", "FREQ=MONTHLY", 1, false, 60, 60, Room,
     {"Samtlig vårdpersonal"}, {"Leg personal"}, {"Specialist"}},
    {"ordinart_boende", "apt", kTenAYear, 1, false, 60, 60, Room,
     {"Samtlig vårdpersonal", "Sjuksköterska"}, {}, {"Enhetschef"}},
    {"ordinart_boende", "kvalitetsmote", "FREQ=MONTHLY", 1, false, 30, 60, Room,
     {"Enhetschef", "Leg personal"}, {}, {"Enhetschef", "Sjuksköterska"}},
    // 3.3 Gruppbostäder, servicebostäder
    {"gruppbostad", "pulsmote", "FREQ=DAILY", 1, true, 5, 5, Sefos,
     {"Planeringsteam", "Enhetschef"}, {}, {"Ansvarig sjuksköterska"}},
    {"gruppbostad", "apt", kTenAYear, 1, false, 60, 60, Room,
     {"Samtlig vårdpersonal", "Sjuksköterska"}, {}, {"Enhetschef"}},
    {"gruppbostad", "teammote", "FREQ=MONTHLY", 1, false, 30, 30, Ward,
     {"Leg personal", "Fast omsorgskontakt"}, {"Dietist", "Demenssjuksköterska"}, {"Enhetschef"}},
    {"gruppbostad", "reflektionsmote", "FREQ=MONTHLY", 1, false, 60, 60, Room,
     {"Samtlig vårdpersonal"}, {}, {"Reflektionsledare"}},
    {"gruppbostad", "kvalitetsmote", "FREQ=MONTHLY", 1, false, 30, 60, Room,
     {"Leg personal", "Samtlig vårdpersonal"}, {}, {"Enhetschef", "Sjuksköterska"}},
    {"gruppbostad", "aktivitetsrad", "FREQ=MONTHLY", 1, false, 60, 60, Ward,
     {"Kunder"}, {}, {"Boendepersonal"}},
    // 3.4 Daglig verksamhet
    {"daglig_verksamhet", "apt", kTenAYear, 1, false, 60, 60, Room,
     {"Samtlig stödpersonal"}, {}, {"Enhetschef"}},
    {"daglig_verksamhet", "reflektionsmote", "FREQ=MONTHLY", 1, false, 60, 60, Room,
     {"Samtlig stödpersonal", "Leg personal"}, {"Boendepersonal"}, {"Enhetschef"}},
    {"daglig_verksamhet", "kvalitetsmote", "FREQ=MONTHLY", 1, false, 30, 60, Room,
     {"Leg personal", "Samtlig stödpersonal"}, {}, {"Enhetschef"}},
    {"daglig_verksamhet", "aktivitetsrad", "FREQ=MONTHLY", 1, false, 60, 60, Ward,
     {"Kunder"}, {}, {"Personal"}},
    // 3.5 Personlig assistans
    {"personlig_assistans", "apt", kTenAYear, 1, false, 60, 60, Room,
     {"Samtlig personal"}, {}, {"Enhetschef"}},
    {"personlig_assistans", "reflektionsmote", "FREQ=MONTHLY", 1, false, 30, 30, Room,
     {"Samtlig personal"}, {}, {"Enhetschef"}},
    {"personlig_assistans", "kvalitetsmote", "FREQ=MONTHLY", 1, false, 30, 60, Room,
     {"Samtlig personal"}, {"Leg personal"}, {"Enhetschef"}},
    // 3.6 Boendestöd
    {"boendestod", "pulsmote", "FREQ=DAILY", 1, true, 5, 5, Sefos,
     {"Enhetschef", "Tjänstgörande personal", "Berörda professioner"}, {"Planeringsteam"},
     {"Planeringssjuksköterska", "OAS"}},
    {"boendestod", "apt", kTenAYear, 1, false, 60, 60, Room,
     {"Samtlig personal"}, {}, {"Enhetschef"}},
    {"boendestod", "reflektionsmote", "FREQ=MONTHLY", 1, false, 60, 60, Room,
     {"Samtlig personal", "Leg personal"}, {"Handläggare"}, {"Enhetschef"}},
    {"boendestod", "kvalitetsmote", "FREQ=MONTHLY", 1, false, 30, 60, Room,
     {"Samtlig personal"}, {"Leg personal"}, {"Enhetschef"}},
    // Seed 001: samordningsmöte
    {"samordning", "samordningsmote", "FREQ=WEEKLY", 1, false, 60, 60, Sefos,
     {"hälsocentral", "hemsjukvård", "rehabilitering", "Biståndshandläggare", "hemtjänst"},
     {"läkarkontakt", "MLA", "MAS", "MAR", "chefer"}, {"Mötesledare"}},
};
// clang-format on

QList<TemplateParticipant> withOptional(const ForumTemplate &t, bool optional)
{
    QList<TemplateParticipant> result;
    for (const auto &participant : t.participants) {
        if (participant.optional == optional)
            result << participant;
    }
    return result;
}

// Each expected word matches a different role of the template.
void checkRoles(const QStringList &actual, const std::vector<const char *> &expected)
{
    INFO("roles: " << actual.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(actual.size() == static_cast<qsizetype>(expected.size()));
    QStringList remaining = actual;
    for (const char *word : expected) {
        const QString needle = QString::fromUtf8(word);
        const auto found = std::find_if(remaining.begin(), remaining.end(),
            [&](const QString &r) { return r.contains(needle, Qt::CaseInsensitive); });
        INFO("expected a role with: " << word);
        REQUIRE(found != remaining.end());
        remaining.erase(found);
    }
}

QStringList rolesOf(const QList<TemplateParticipant> &participants)
{
    QStringList roles;
    for (const auto &participant : participants)
        roles << participant.role;
    return roles;
}

const ForumTemplate *find(const QList<ForumTemplate> &templates, const Expected &expected)
{
    for (const auto &t : templates) {
        if (serviceTypeKey(t.serviceType) == QLatin1String(expected.serviceType)
            && t.forum == QLatin1String(expected.forum))
            return &t;
    }
    return nullptr;
}
} // namespace

TEST_CASE("every forum of the routine ships as a template, and nothing else", "[templates]")
{
    const auto templates = defaultTemplates();
    CHECK(templates.size() == static_cast<qsizetype>(kRoutine.size()));
    const std::pair<const char *, int> perServiceType[] = {
        {"sabo", 7},
        {"ordinart_boende", 6},
        {"gruppbostad", 6},
        {"daglig_verksamhet", 4},
        {"personlig_assistans", 3},
        {"boendestod", 4},
        {"samordning", 1},
    };
    for (const auto &[key, count] : perServiceType) {
        const auto n
            = std::count_if(templates.begin(), templates.end(), [&](const ForumTemplate &t) {
                  return serviceTypeKey(t.serviceType) == QLatin1String(key);
              });
        INFO(key);
        CHECK(n == count);
    }
}

TEST_CASE("each template says what the routine says", "[templates]")
{
    const auto templates = defaultTemplates();
    for (const Expected &expected : kRoutine) {
        INFO(expected.serviceType << " / " << expected.forum);
        const ForumTemplate *t = find(templates, expected);
        REQUIRE(t != nullptr);
        CHECK(t->rrule == QLatin1String(expected.rrule));
        CHECK(t->timesPerDay == expected.timesPerDay);
        CHECK(t->onDemand == expected.onDemand);
        CHECK(t->minMinutes == expected.minMinutes);
        CHECK(t->maxMinutes == expected.maxMinutes);
        CHECK(t->locationKind == expected.location);
        checkRoles(rolesOf(withOptional(*t, false)), expected.required);
        checkRoles(rolesOf(withOptional(*t, true)), expected.optional);
        checkRoles(t->leaders, expected.leaders);
        CHECK_FALSE(t->name.isEmpty());
        CHECK_FALSE(t->agenda.isEmpty());
        CHECK(t->validationError().isEmpty());
    }
}

TEST_CASE("a teammöte walks each client through the routine's fixed agenda", "[templates]")
{
    for (const auto &t : defaultTemplates()) {
        if (t.forum != QLatin1String("teammote"))
            continue;
        INFO(serviceTypeKey(t.serviceType).toStdString());
        QStringList perClient;
        QStringList shared;
        for (const auto &item : t.agenda)
            (item.perClient ? perClient : shared) << item.title.toLower();
        const QString clientItems = perClient.join(QLatin1Char('|'));
        CHECK(clientItems.contains(QStringLiteral("behov")));
        CHECK(clientItems.contains(QStringLiteral("önskemål")));
        CHECK(clientItems.contains(QStringLiteral("riskbedömning")));
        CHECK(clientItems.contains(QStringLiteral("uppföljning")));
        CHECK(shared.join(QLatin1Char('|')).contains(QStringLiteral("nästa möte")));
    }
}

TEST_CASE("the samordningsmöte carries Bilaga 1's agenda", "[templates]")
{
    const auto templates = defaultTemplates();
    const auto it = std::find_if(templates.begin(), templates.end(),
        [](const ForumTemplate &t) { return t.forum == QLatin1String("samordningsmote"); });
    REQUIRE(it != templates.end());
    REQUIRE(it->agenda.size() == 6);
    CHECK(it->agenda.at(0).title.contains(QStringLiteral("nuläget")));
    CHECK(it->agenda.at(1).title.contains(QStringLiteral("utskrivning")));
    CHECK(it->agenda.at(2).title.contains(QStringLiteral("riskindivider")));
    CHECK(it->agenda.at(4).title.contains(QStringLiteral("SIP")));
    CHECK(it->agenda.at(5).title.contains(QStringLiteral("Sammanfattning")));
}

TEST_CASE("reflektionsmöte, APT and kvalitetsmöte are held at one occasion", "[templates]")
{
    for (const auto &t : defaultTemplates()) {
        if (t.forum != QLatin1String("apt"))
            continue;
        INFO(serviceTypeKey(t.serviceType).toStdString());
        CHECK(t.heldTogetherWith.contains(QStringLiteral("reflektionsmote")));
        CHECK(t.heldTogetherWith.contains(QStringLiteral("kvalitetsmote")));
    }
}

TEST_CASE("the nurse has her own item on the APT of the caring units", "[templates]")
{
    for (const auto &t : defaultTemplates()) {
        if (t.forum != QLatin1String("apt")
            || (t.serviceType != ServiceType::Sabo && t.serviceType != ServiceType::OrdinartBoende
                && t.serviceType != ServiceType::Gruppbostad))
            continue;
        INFO(serviceTypeKey(t.serviceType).toStdString());
        QStringList titles;
        for (const auto &item : t.agenda)
            titles << item.title;
        CHECK(titles.filter(QStringLiteral("Sjuksköterskans punkt")).size() == 1);
    }
}

TEST_CASE(
    "the ordinärt boende teammöte starts with new clients and held conversations", "[templates]")
{
    for (const auto &t : defaultTemplates()) {
        if (t.forum != QLatin1String("teammote") || t.serviceType != ServiceType::OrdinartBoende)
            continue;
        REQUIRE(t.agenda.size() >= 2);
        CHECK(t.agenda.at(0).title == QStringLiteral("Nya brukare"));
        CHECK(t.agenda.at(1).title.startsWith(QStringLiteral("Genomförda samtal")));
        CHECK_FALSE(t.agenda.at(0).perClient);
    }
}
