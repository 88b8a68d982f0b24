#include "ui/chair/LeaverDialog.h"

#include "models/PersonChoiceModel.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/Workspace.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PersonChooser.h"
#include "ui/common/ScreenReaderLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

namespace {
enum Column { KindColumn, ClientColumn, WhatColumn, SuccessorColumn };

QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}

QPushButton *button(QWidget *parent, const QString &text, const char *name, const QString &access)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(access);
    return b;
}
} // namespace

LeaverDialog::LeaverDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_person(new QComboBox(this))
    , m_ends(new QCheckBox(tr("&Has an end date"), this))
    , m_endsOn(new QDateEdit(this))
    , m_saveEnd(button(this, tr("Save end &date"), "saveEndDateButton", tr("Save end date")))
    , m_summary(new QLabel(this))
    , m_items(new QTableWidget(0, 4, this))
    , m_successorForAll(new QComboBox(this))
    , m_successorsForAll(
          new PersonChoiceModel(tr("Choose a successor"), PersonChoiceModel::Label::Name, this))
    , m_successorsForRows(
          new PersonChoiceModel(tr("Stays for now"), PersonChoiceModel::Label::Name, this))
    , m_forAll(button(this, tr("Choose for all &rows"), "successorForAllButton",
          tr("Choose this successor for all rows")))
    , m_handOver(button(
          this, tr("&Hand over"), "handOverButton", tr("Hand over the rows that have a successor")))
{
    setObjectName(QStringLiteral("leaverDialog"));
    setWindowTitle(tr("Staff leaving"));
    resize(980, 640);
    m_person->setObjectName(QStringLiteral("leaverPersonComboBox"));
    m_person->setAccessibleName(tr("Person who leaves"));
    auto people = m_workspace.directory().people();
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Person &person : people) {
        QString text = person.profession.isEmpty()
            ? person.name
            : QStringLiteral("%1 (%2)").arg(person.name, person.profession);
        if (person.endsOn.isValid())
            text = tr("%1, leaves %2").arg(text, person.endsOn.toString(Qt::ISODate));
        m_person->addItem(text, person.id);
    }
    m_ends->setObjectName(QStringLiteral("leaverEndsCheckBox"));
    m_ends->setAccessibleName(tr("Has an end date"));
    m_endsOn->setObjectName(QStringLiteral("leaverEndsOnDateEdit"));
    m_endsOn->setAccessibleName(tr("First day no longer working"));
    m_endsOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_endsOn->setCalendarPopup(true);
    m_summary->setObjectName(QStringLiteral("leaverSummaryLabel"));
    m_summary->setWordWrap(true);
    m_items->setObjectName(QStringLiteral("handoverTableWidget"));
    m_items->setAccessibleName(tr("What the person holds"));
    m_items->setHorizontalHeaderLabels(
        {tr("What"), tr("Client"), tr("Details"), tr("Taken over by")});
    m_items->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_successorForAll->setObjectName(QStringLiteral("successorForAllComboBox"));
    m_successorForAll->setAccessibleName(tr("Successor for all rows"));
    offerPeople(m_successorForAll, m_successorsForAll);

    auto *personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    auto *endsOnLabel = new QLabel(tr("Leaves &from:"), this);
    endsOnLabel->setBuddy(m_endsOn);
    auto *form = new QFormLayout;
    form->addRow(personLabel, m_person);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_ends);
    endRow->addWidget(endsOnLabel);
    endRow->addWidget(m_endsOn);
    endRow->addWidget(m_saveEnd);
    endRow->addStretch();
    form->addRow(QString(), endRow);
    auto *allLabel = new QLabel(tr("Successor for &all:"), this);
    allLabel->setBuddy(m_successorForAll);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(allLabel);
    allRow->addWidget(m_successorForAll, 1);
    allRow->addWidget(m_forAll);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_handOver, QDialogButtonBox::ApplyRole);
    auto *close = buttons->addButton(tr("Cl&ose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("leaverCloseButton"));
    close->setAccessibleName(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
    layout->addLayout(allRow);
    layout->addWidget(buttons);

    connect(m_person, &QComboBox::currentIndexChanged, this, &LeaverDialog::personChanged);
    connect(m_ends, &QCheckBox::toggled, m_endsOn, &QWidget::setEnabled);
    connect(m_saveEnd, &QPushButton::clicked, this, &LeaverDialog::saveEndDate);
    connect(m_forAll, &QPushButton::clicked, this, &LeaverDialog::chooseForAll);
    connect(m_handOver, &QPushButton::clicked, this, &LeaverDialog::handOver);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    personChanged();
}

void LeaverDialog::selectPerson(qint64 personId)
{
    const int index = m_person->findData(personId);
    if (index >= 0)
        m_person->setCurrentIndex(index);
}

qint64 LeaverDialog::personId() const
{
    return m_person->currentData().toLongLong();
}

void LeaverDialog::personChanged()
{
    const auto person = m_workspace.directory().person(personId());
    const bool ends = person && person->endsOn.isValid();
    m_ends->setChecked(ends);
    m_endsOn->setEnabled(ends);
    m_endsOn->setDate(ends ? person->endsOn : today().addDays(1));
    fillItems();
}

void LeaverDialog::saveEndDate()
{
    const qint64 id = personId();
    if (id <= 0)
        return;
    const QDate endsOn = m_ends->isChecked() ? m_endsOn->date() : QDate();
    if (!runGuarded(this, tr("End date not saved"),
            [&] { Leavers(m_workspace).endEmployment(id, endsOn); }))
        return;
    const int index = m_person->currentIndex();
    const QString name = m_person->itemText(index).section(QStringLiteral(", "), 0, 0);
    m_person->setItemText(index,
        endsOn.isValid() ? tr("%1, leaves %2").arg(name, endsOn.toString(Qt::ISODate)) : name);
    fillItems();
}

void LeaverDialog::fillItems()
{
    const qint64 leaver = personId();
    m_open.clear();
    QList<Person> successors;
    runGuarded(this, tr("Could not read what the person holds"), [&] {
        if (leaver > 0)
            m_open = Leavers(m_workspace).openItems(leaver);
        successors = m_workspace.directory().peopleEmployedOn(today());
    });
    successors.removeIf([&](const Person &p) { return p.id == leaver; });
    m_successorsForAll->setPeople(successors);
    m_successorsForRows->setPeople(successors);
    m_items->setRowCount(0);
    m_items->setRowCount(static_cast<int>(m_open.size()));
    for (int row = 0; row < m_open.size(); ++row) {
        const HandoverItem &item = m_open.at(row);
        m_items->setItem(row, KindColumn, new QTableWidgetItem(handoverKindLabel(item.kind)));
        m_items->setItem(row, ClientColumn, new QTableWidgetItem(item.clientName));
        QString what = item.kind == HandoverKind::Action && item.dueDate.isValid()
            ? tr("%1 (due %2)").arg(item.what, item.dueDate.toString(Qt::ISODate))
            : item.what;
        m_items->setItem(row, WhatColumn, new QTableWidgetItem(what));
        auto *successor = new QComboBox(m_items);
        successor->setObjectName(QStringLiteral("successorComboBox%1").arg(row));
        const QString rowName = item.clientName.isEmpty()
            ? QStringLiteral("%1: %2").arg(handoverKindLabel(item.kind), item.what)
            : QStringLiteral("%1, %2").arg(handoverKindLabel(item.kind), item.clientName);
        offerPeople(successor, m_successorsForRows);
        m_items->setCellWidget(row, SuccessorColumn, successor);
        labelForScreenReaders(successor, tr("Successor for %1").arg(rowName));
    }
    m_items->resizeColumnToContents(KindColumn);
    m_items->resizeColumnToContents(ClientColumn);
    m_items->setColumnWidth(SuccessorColumn, 220);
    const auto person = m_workspace.directory().person(leaver);
    if (!person)
        m_summary->clear();
    else if (m_open.isEmpty())
        m_summary->setText(
            tr("%1 holds no open actions, client roles or SIP needs.").arg(person->name));
    else
        m_summary->setText(tr("%1 holds %n thing(s) that someone else must take over. Choose a "
                              "successor per row, or one for all rows, and hand over.",
            nullptr, static_cast<int>(m_open.size()))
                               .arg(person->name));
    m_items->setEnabled(!m_open.isEmpty());
    m_successorForAll->setEnabled(!m_open.isEmpty());
    m_forAll->setEnabled(!m_open.isEmpty());
    m_handOver->setEnabled(!m_open.isEmpty());
}

void LeaverDialog::chooseForAll()
{
    const qint64 chosen = m_successorsForAll->personIdAt(m_successorForAll->currentIndex());
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_items->cellWidget(row, SuccessorColumn)))
            combo->setCurrentIndex(std::max(0, m_successorsForRows->rowOf(chosen)));
    }
}

void LeaverDialog::handOver()
{
    QList<HandoverItem> chosen = m_open;
    int count = 0;
    for (int row = 0; row < chosen.size(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_items->cellWidget(row, SuccessorColumn)))
            chosen[row].toPersonId = combo->currentData().toLongLong();
        if (chosen.at(row).toPersonId > 0)
            ++count;
    }
    if (count == 0) {
        MessageBox::information(this, tr("Nothing to hand over"),
            tr("Choose a successor for at least one row, or one for all rows."));
        return;
    }
    int handed = 0;
    if (!runGuarded(this, tr("Nothing was handed over"), [&] {
            handed = static_cast<int>(Leavers(m_workspace).handOver(personId(), chosen).size());
        })) {
        fillItems();
        return;
    }
    MessageBox::information(this, tr("Handed over"),
        tr("%n thing(s) handed over. The handover is recorded.", nullptr, handed));
    fillItems();
}

} // namespace tf
