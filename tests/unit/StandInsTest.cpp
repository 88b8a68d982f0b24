#include <catch2/catch.hpp>

#include "domain/Meeting.h"

using namespace tf;

namespace {
Person person(qint64 id)
{
    Person p;
    p.id = id;
    p.name = QStringLiteral("Person %1").arg(id);
    return p;
}

Participant called(qint64 personId, qint64 substituteId = 0)
{
    Participant p;
    p.personId = personId;
    p.substituteId = substituteId;
    return p;
}

QList<qint64> ids(const QList<Person> &people)
{
    QList<qint64> found;
    for (const Person &p : people)
        found << p.id;
    return found;
}
} // namespace

TEST_CASE("the staff not called to a meeting may stand in, in the staff's order", "[unit]")
{
    const QList<Person> staff {person(1), person(2), person(3), person(4)};
    CHECK(ids(standInsAmong(staff, {called(1), called(3)})) == QList<qint64> {2, 4});
    CHECK(ids(standInsAmong(staff, {})) == QList<qint64> {1, 2, 3, 4});
}

TEST_CASE("someone called who is already named as a substitute stays offered", "[unit]")
{
    // 4 was named to stand in for 1 and has since been called too: the
    // choice made is still shown, never silently replaced.
    const QList<Person> staff {person(1), person(2), person(3), person(4)};
    CHECK(ids(standInsAmong(staff, {called(1, 4), called(4)})) == QList<qint64> {2, 3, 4});
}
