#include "ui/common/PersonChooser.h"

#include "models/PersonChoiceModel.h"

#include <QComboBox>
#include <QListView>

namespace tf {

void offerPeople(QComboBox *chooser, PersonChoiceModel *choices)
{
    chooser->setModel(choices);
    chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    chooser->setMinimumContentsLength(20);
    if (auto *list = qobject_cast<QListView *>(chooser->view()))
        list->setUniformItemSizes(true);
}

} // namespace tf
