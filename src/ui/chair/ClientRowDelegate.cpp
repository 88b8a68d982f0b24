#include "ui/chair/ClientRowDelegate.h"

#include "domain/Professions.h"
#include "models/UnitClientsModel.h"
#include "ui/common/ScreenReaderLabel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QSpinBox>

#include <optional>

namespace tf {

ClientRowDelegate::ClientRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ClientRowDelegate::setPeople(const QList<Person> &people)
{
    m_people.clear();
    for (const Person &person : people) {
        if (!person.adjunct)
            m_people << person;
    }
}

QString ClientRowDelegate::accessibleName(const QModelIndex &index) const
{
    const QString client
        = index.siblingAtColumn(UnitClientsModel::NameColumn).data(Qt::EditRole).toString();
    switch (index.column()) {
    case UnitClientsModel::PriorityColumn:
        return tr("Priority of %1").arg(client);
    case UnitClientsModel::ContactColumn:
        return tr("Contact person of %1").arg(client);
    case UnitClientsModel::NurseColumn:
        return tr("Nurse of %1").arg(client);
    case UnitClientsModel::OtColumn:
        return tr("Occupational therapist of %1").arg(client);
    case UnitClientsModel::PtColumn:
        return tr("Physiotherapist of %1").arg(client);
    }
    return {};
}

QList<Person> ClientRowDelegate::choosable(int column) const
{
    std::optional<Clinician> clinician;
    if (column == UnitClientsModel::NurseColumn)
        clinician = Clinician::Nurse;
    else if (column == UnitClientsModel::OtColumn)
        clinician = Clinician::OccupationalTherapist;
    else if (column == UnitClientsModel::PtColumn)
        clinician = Clinician::Physiotherapist;
    if (!clinician)
        return m_people; // anyone on the staff can be a contact person
    QList<Person> list;
    for (const Person &person : m_people) {
        if (practises(person, *clinician))
            list << person;
    }
    // Where nobody's profession is recorded yet, nobody is kept from being
    // chosen.
    return list.isEmpty() ? m_people : list;
}

QWidget *ClientRowDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Each change is in the model at once, so Save sees it without the
    // editor losing focus first.
    auto *self = const_cast<ClientRowDelegate *>(this);
    if (index.column() == UnitClientsModel::PriorityColumn) {
        auto *priority = new QSpinBox(parent);
        priority->setRange(0, 999);
        priority->setAccessibleName(accessibleName(index));
        connect(priority, &QSpinBox::valueChanged, self,
            [self, priority] { Q_EMIT self->commitData(priority); });
        return priority;
    }
    if (UnitClientsModel::isPersonColumn(index.column())) {
        auto *person = new QComboBox(parent);
        labelForScreenReaders(person, accessibleName(index));
        person->addItem(tr("Not chosen"), 0);
        for (const Person &p : choosable(index.column()))
            person->addItem(p.name, p.id);
        // Someone who has left still holds the role until it is handed over:
        // shown as such, never silently replaced by "Not chosen".
        const qint64 holder = index.data(Qt::EditRole).toLongLong();
        if (holder > 0 && person->findData(holder) < 0)
            person->addItem(
                tr("%1 (has left)").arg(index.data(Qt::DisplayRole).toString()), holder);
        connect(person, &QComboBox::currentIndexChanged, self,
            [self, person] { Q_EMIT self->commitData(person); });
        return person;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

bool ClientRowDelegate::eventFilter(QObject *editor, QEvent *event)
{
    // Tab goes on along the row's fields and out of the table, as from any
    // field: the editors stay open and each change is in the model already.
    // (The item delegate's own Tab opens the next cell, and from the last
    // cell the first again, so Tab never left the table.)
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
            return false;
    }
    return QStyledItemDelegate::eventFilter(editor, event);
}

void ClientRowDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *priority = qobject_cast<QSpinBox *>(editor)) {
        const QSignalBlocker block(priority);
        priority->setValue(value.toInt());
    } else if (auto *person = qobject_cast<QComboBox *>(editor)) {
        const QSignalBlocker block(person);
        person->setCurrentIndex(std::max(0, person->findData(value.toLongLong())));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ClientRowDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *priority = qobject_cast<QSpinBox *>(editor))
        model->setData(index, priority->value());
    else if (auto *person = qobject_cast<QComboBox *>(editor))
        model->setData(index, person->currentData());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace tf
