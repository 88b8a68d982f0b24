#pragma once

#include "domain/Person.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace tf {

// Asks on first start who is using Teamforum.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    // Staff already in the database: their names are offered while typing,
    // so someone who is already there is not added a second time.
    void setKnownPeople(const QList<Person> &people);
    Person person() const;
    // The id of the known person whose name was typed, if exactly one has
    // it; 0 means a new person.
    qint64 knownPersonId() const;
    void accept() override;

private:
    void fillInKnown();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QList<Person> m_known;
};

} // namespace tf
