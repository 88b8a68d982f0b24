#include "ui/shell/FirstRunDialog.h"

#include "ui_FirstRunDialog.h"

#include "domain/Professions.h"

#include <QCompleter>
#include <QPushButton>

namespace tf {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    m_ui->professionComboBox->addItems(knownProfessions());
    m_ui->professionComboBox->setCurrentIndex(-1);
    m_ui->roleComboBox->addItems({tr("Chair"), tr("Secretary"), tr("Contact person"),
        tr("Responsible nurse"), tr("Team member")});
    m_ui->roleComboBox->setCurrentIndex(-1);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Start"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &FirstRunDialog::fillInKnown);
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::setKnownPeople(const QList<Person> &people)
{
    m_known = people;
    QStringList names;
    for (const Person &known : people)
        names << known.name;
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->nameLineEdit->setCompleter(completer);
}

qint64 FirstRunDialog::knownPersonId() const
{
    const QString typed = person().name;
    qint64 found = 0;
    for (const Person &known : m_known) {
        if (known.name.compare(typed, Qt::CaseInsensitive) != 0)
            continue;
        if (found != 0)
            return 0; // two people share the name: this may be a third
        found = known.id;
    }
    return found;
}

void FirstRunDialog::fillInKnown()
{
    // Someone already on the staff list is that person, profession and all.
    const qint64 id = knownPersonId();
    for (const Person &known : std::as_const(m_known)) {
        if (known.id != id || id == 0)
            continue;
        m_ui->professionComboBox->setCurrentText(known.profession);
        m_ui->roleComboBox->setCurrentText(known.role);
    }
}

Person FirstRunDialog::person() const
{
    Person person;
    person.name = m_ui->nameLineEdit->text().simplified();
    person.profession = m_ui->professionComboBox->currentText().simplified();
    person.role = m_ui->roleComboBox->currentText().simplified();
    return person;
}

void FirstRunDialog::accept()
{
    if (person().name.isEmpty()) {
        m_ui->errorLabel->setText(tr("Write your name so that your changes can be signed."));
        m_ui->nameLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tf
