#include "ui/chair/RiskIndividualsDialog.h"

#include "services/care/RiskIndividuals.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

RiskIndividualsDialog::RiskIndividualsDialog(
    Workspace &workspace, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_meetingId(meetingId)
    , m_about(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add the ticked clients to the agenda"), this))
{
    setObjectName(QStringLiteral("riskIndividualsDialog"));
    setWindowTitle(tr("Risk individuals"));
    m_about->setObjectName(QStringLiteral("riskIndividualsAboutLabel"));
    m_about->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("riskIndividualsList"));
    m_list->setAccessibleName(tr("Proposed clients"));
    m_list->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addRiskIndividualsButton"));
    m_add->setAccessibleName(tr("Add the ticked clients to the agenda"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setObjectName(QStringLiteral("closeRiskIndividualsButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &RiskIndividualsDialog::addChosen);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    layout->addWidget(buttons);
    resize(720, 480);
    refresh();
}

void RiskIndividualsDialog::refresh()
{
    m_list->clear();
    QList<RiskIndividual> proposed;
    runGuarded(this, tr("Could not read the proposals"),
        [&] { proposed = RiskIndividuals(m_workspace).proposedFor(m_meetingId); });
    m_about->setText(proposed.isEmpty()
            ? tr("No client of the unit is proposed: none has a latest Senior Alert assessment "
                 "showing risk or came home from hospital in the last %1 days, or they are on the "
                 "agenda already.")
                  .arg(kHospitalStayDays)
            : tr("Proposed because the latest Senior Alert assessment shows risk, or the client "
                 "came home from hospital in the last %1 days. Tick those the meeting takes up; "
                 "consent is needed for each.")
                  .arg(kHospitalStayDays));
    for (const RiskIndividual &individual : proposed) {
        auto *item = new QListWidgetItem(tr("%1 – %2").arg(individual.client.name,
                                             individual.reasons.join(QStringLiteral("; "))),
            m_list);
        item->setData(Qt::UserRole, individual.client.id);
        item->setData(Qt::UserRole + 1, individual.client.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_add->setEnabled(!proposed.isEmpty());
}

bool RiskIndividualsDialog::addChosen()
{
    QList<qint64> chosen;
    QHash<qint64, QString> names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        chosen << item->data(Qt::UserRole).toLongLong();
        names.insert(chosen.last(), item->data(Qt::UserRole + 1).toString());
    }
    if (chosen.isEmpty()) {
        MessageBox::information(
            this, tr("Nobody ticked"), tr("Tick the clients the meeting is to take up."));
        return false;
    }
    RiskIndividuals::Added result;
    if (!runGuarded(this, tr("The agenda was not saved"),
            [&] { result = RiskIndividuals(m_workspace).addToAgenda(m_meetingId, chosen); }))
        return false;
    m_added += int(result.itemIds.size());
    if (!result.refused.isEmpty()) {
        QStringList reasons;
        for (const auto &pair : result.refused)
            reasons << tr("%1: %2").arg(names.value(pair.first), pair.second);
        MessageBox::information(this, tr("Not all were added"),
            tr("%n client(s) could not be added:", nullptr, int(result.refused.size()))
                + QLatin1Char('\n') + reasons.join(QLatin1Char('\n')));
    }
    refresh();
    return result.refused.isEmpty();
}

} // namespace tf
