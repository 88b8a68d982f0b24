#include "domain/Person.h"

#include <algorithm>
#include <tuple>

namespace tf {

bool namedBefore(const Person &a, const Person &b)
{
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
}

QList<Person> staffWithChosen(QList<Person> staff, const QList<Person> &chosen)
{
    for (const Person &person : chosen) {
        if (std::none_of(staff.cbegin(), staff.cend(),
                [&person](const Person &member) { return member.id == person.id; }))
            staff << person;
    }
    std::sort(staff.begin(), staff.end(), namedBefore);
    return staff;
}

} // namespace tf
