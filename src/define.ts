// Registers every tag of the package (`@kayse/billing-elements/all.js`). Each element's own
// define module is idempotent, so importing this beside a cherry-picked element is safe.
import './elements/billing-provider/define.js';
import './elements/usage-summary/define.js';
import './elements/report-picker/define.js';
import './elements/billing-preferences/define.js';
import './elements/spending-cap/define.js';
import './elements/alert-recipients/define.js';
import './elements/scheduled-emails/define.js';
import './elements/wallet/define.js';
import './elements/billing-settings/define.js';
