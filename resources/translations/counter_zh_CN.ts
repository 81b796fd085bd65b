<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountOpeningWizard</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="420"/>
        <source>Open account</source>
        <translation>开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="440"/>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="455"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="441"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="442"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="443"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="453"/>
        <source>&amp;Open account</source>
        <translation>确认开户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="467"/>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="618"/>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="468"/>
        <source>Supply address: {address}</source>
        <translation>供应地址：{address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="469"/>
        <source>Utility: {kind}, tariff class {tariff}, {mode}</source>
        <translation>业务类别：{kind}，价格类别 {tariff}，{mode}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="474"/>
        <source>Meter number: {meter}</source>
        <translation>表号：{meter}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="475"/>
        <source>Documents received: {docs}</source>
        <translation>已收材料：{docs}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="481"/>
        <source>Missing ({n}): {docs} - a one-time notice will print.</source>
        <translation>缺少材料（{n} 项）：{docs}——将打印一次性告知单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="549"/>
        <source>Not opened: the customer owes {amount} on other accounts.</source>
        <translation>未开户：该客户其他户号欠费 {amount}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="573"/>
        <source>The customer owes {amount} on other accounts ({accounts}). A manager may approve opening this account before the arrears are paid.</source>
        <translation>该客户其他户号欠费 {amount}（{accounts}）。值班长审批后可在结清欠费前开户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="615"/>
        <source>Account number {number}</source>
        <translation>户号 {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="619"/>
        <source>Request {number} ({status})</source>
        <translation>受理单 {number}（{status}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="621"/>
        <source>documents complete</source>
        <translation>资料齐全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="623"/>
        <source>documents incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="628"/>
        <source>To be completed by {date}</source>
        <translation>承诺办结日期：{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="634"/>
        <source>Missing documents: {docs}</source>
        <translation>缺少材料：{docs}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="641"/>
        <source>The typed {fields} differ from the customer&apos;s record; the record was not changed. Correct it in the customer view if the customer confirms.</source>
        <translation>录入的{fields}与客户档案不一致，档案未修改。如客户确认，请在客户信息中更正。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="647"/>
        <source>Possible duplicate: {name} ({accounts}) has the same phone.</source>
        <translation>疑似重复客户：{name}（{accounts}）手机号相同。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="655"/>
        <source>Account opening confirmation</source>
        <translation>开户确认单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="657"/>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="660"/>
        <source>{what} printed on {printer}. Copy: {path}</source>
        <translation>{what}已在 {printer} 打印。存档：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="665"/>
        <source>{what} was not printed (no printer available); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（没有可用的打印机），已进入待补打队列。PDF 存档：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="670"/>
        <source>{what} was not printed ({problem}); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（{problem}），已进入待补打队列。PDF 存档：{path}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../counter_app/views/app.py" line="45"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="46"/>
        <source>Something went wrong and the last action may not have finished. The details were written to {log}. If a payment was in progress, look it up before taking it again.</source>
        <translation>系统出现意外错误，刚才的操作可能没有完成。详细信息已写入 {log}。如果正在缴费，请先查询该笔缴费是否已成功，再决定是否重新收取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="78"/>
        <source>Database unavailable</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="79"/>
        <source>The database cannot be opened or reached, so the counter cannot start. Check the network connection or call the administrator.</source>
        <translation>无法打开或连接数据库，柜台系统无法启动。请检查网络连接，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="90"/>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="91"/>
        <source>The database could not be prepared for use. A backup was kept if it was being upgraded. Call the administrator.</source>
        <translation>数据库无法准备就绪。如正在升级，升级前的备份已保留。请联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../counter_app/views/approval.py" line="51"/>
        <source>Manager approval</source>
        <translation>值班长审批</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="73"/>
        <source>Manager employee no.:</source>
        <translation>值班长工号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="74"/>
        <source>Manager password:</source>
        <translation>值班长密码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="75"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="79"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="94"/>
        <source>The manager must enter their employee number.</source>
        <translation>请值班长输入本人工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="98"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="103"/>
        <source>The reason may have at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="342"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="343"/>
        <source>Check with the customer, then press Open account.</source>
        <translation>请与客户核对后，点击“确认开户”。</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="128"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="131"/>
        <source>Type the ID number first: a customer who already has accounts is found and reused.</source>
        <translation>请先录入证件号码：已有户号的客户会被自动找到并沿用其档案。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="134"/>
        <source>&amp;Individual</source>
        <translation>个人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="136"/>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="152"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="153"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="154"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="155"/>
        <source>Mainland travel permit for HK/Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="165"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="166"/>
        <source>ID &amp;number:</source>
        <translation>证件号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="167"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="168"/>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="169"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="170"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="171"/>
        <source>Emergency phone:</source>
        <translation>紧急联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="181"/>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="182"/>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="183"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="184"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="185"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="228"/>
        <source>Existing customer: {name}, accounts {accounts}.</source>
        <translation>已有客户：{name}，户号 {accounts}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="232"/>
        <source>Arrears {amount}: a manager must approve.</source>
        <translation>欠费 {amount}：需值班长审批。</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="317"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="320"/>
        <source>Tick every document the customer handed in. If any is missing the request is saved as incomplete and a one-time notice listing all missing documents prints.</source>
        <translation>请勾选客户已提交的全部材料。如有缺少，受理单保存为“资料不全”，并打印一次性告知单列明全部缺少的材料。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../counter_app/views/errors.py" line="19"/>
        <source>Wrong employee number or password. {n} attempts left before the account is locked.</source>
        <translation>工号或密码错误。再错 {n} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="24"/>
        <source>Wrong employee number or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="28"/>
        <source>Too many wrong passwords. The account is locked until {time}.</source>
        <translation>密码错误次数过多，账号已锁定至 {time}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="31"/>
        <source>The account is locked.</source>
        <translation>账号已锁定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="34"/>
        <source>You cannot approve your own request. Another manager must approve it.</source>
        <translation>不能审批自己发起的申请，请由其他值班长审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="38"/>
        <source>Only a manager of this hall can approve.</source>
        <translation>只能由本营业厅的值班长审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="39"/>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="41"/>
        <source>The database cannot be reached. Nothing was saved. Check the network connection and try again, or call the administrator.</source>
        <translation>无法连接数据库，本次操作未保存任何内容。请检查网络后重试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="48"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="49"/>
        <source>Some input is not valid: {detail}</source>
        <translation>输入有误：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="53"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="55"/>
        <source>This conflicts with an existing record: {detail}</source>
        <translation>与已有记录冲突：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="58"/>
        <source>The action could not be completed: {detail}</source>
        <translation>操作未能完成：{detail}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../counter_app/views/lock.py" line="78"/>
        <location filename="../../counter_app/views/lock.py" line="81"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="87"/>
        <source>Signed in: {name} ({employee_no}). Enter your password to continue.</source>
        <translation>当前登录：{name}（{employee_no}）。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="100"/>
        <source>Unlock (Enter)</source>
        <translation>解锁（Enter）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="103"/>
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>注销（Ctrl+Shift+Q）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/views/login.py" line="120"/>
        <source>Counter - Sign in</source>
        <translation>柜台系统 - 登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="121"/>
        <source>Service Hall Counter</source>
        <translation>营业厅柜台系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="122"/>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="123"/>
        <source>&amp;Employee no.:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="124"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="125"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="126"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="127"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="130"/>
        <source>Demo data: clerk G1001, manager M1001, auditor A1001, administrator S0001; password counter123.</source>
        <translation>演示数据：柜员 G1001，值班长 M1001，稽核员 A1001，系统管理员 S0001；密码均为 counter123。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="149"/>
        <source>Please enter your employee number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="153"/>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="99"/>
        <source>Service Hall Counter</source>
        <translation>营业厅柜台系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="153"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="154"/>
        <source>Payments</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="155"/>
        <source>Service requests</source>
        <translation>业务受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="156"/>
        <source>Complaints</source>
        <translation>投诉受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="157"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="158"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="159"/>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="160"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="167"/>
        <source>Find customers by account number, name, phone, ID number, meter number or address; open accounts; see everything about a customer on one screen.</source>
        <translation>按户号、姓名、电话、证件号码、表号或地址查找客户；办理开户；在一个界面查看客户的全部信息。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="171"/>
        <source>Take payments with any tender, print receipts, reprint and void them.</source>
        <translation>以各种支付方式收费，打印、补打和冲正收据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="174"/>
        <source>Accept service requests (change of owner, relocation, modification, suspension, closure, repair), print work orders and track deadlines.</source>
        <translation>受理过户、迁移、改装、暂停、销户、报修等业务，打印工单并跟踪办结时限。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="178"/>
        <source>Accept complaints from every channel and track them to closure within their deadlines.</source>
        <translation>受理各渠道投诉，并在时限内跟踪至办结。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="182"/>
        <source>Open and close your shift with the cash count, cash in and out, handover.</source>
        <translation>开班和结班（清点现金）、现金存取、交接班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="185"/>
        <source>Daily and monthly reports, ledgers and the dashboard; export to Excel.</source>
        <translation>营业日报、月报、台账和看板；导出 Excel。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="188"/>
        <source>Printed-document register, reprints, voids, cash variances, data-change history and receipt verification.</source>
        <translation>打印登记簿、补打、冲正、现金差异、数据变更记录和收据核验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="192"/>
        <source>Users and roles, halls and counters, tariffs, service catalogue, holiday calendar and backups.</source>
        <translation>用户与角色、营业厅与窗口、价格、业务目录、节假日日历和备份。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="225"/>
        <source>&amp;Counter</source>
        <translation>柜台(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="226"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="229"/>
        <source>&amp;Sign out</source>
        <translation>注销(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="240"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="280"/>
        <source>No holiday data for {years}: deadlines count Monday to Friday only. Enter the holidays and make-up working days as calendar overrides.</source>
        <translation>缺少 {years} 年的节假日数据：办结时限暂按周一至周五计算。请在日历中录入该年的节假日和调休工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="293"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="295"/>
        <source>Hall: {hall}</source>
        <translation>营业厅：{hall}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="297"/>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="299"/>
        <source>No counter</source>
        <translation>未分配窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="303"/>
        <source>Clerk: {name} [{no}]</source>
        <translation>柜员：{name}［{no}］</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="306"/>
        <source>Business date: {date}</source>
        <translation>营业日：{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="309"/>
        <source>Shift: open</source>
        <translation>班次：已开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="309"/>
        <source>Shift: not open</source>
        <translation>班次：未开班</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="62"/>
        <source>This area is not built yet.</source>
        <translation>此功能区尚未建成。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="366"/>
        <source>Account opened</source>
        <translation>开户完成</translation>
    </message>
</context>
<context>
    <name>SupplyPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="268"/>
        <source>Supply point</source>
        <translation>供应地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="270"/>
        <source>Same as the customer&apos;s address</source>
        <translation>与客户地址相同</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="277"/>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="278"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="279"/>
        <source>Water</source>
        <translation>自来水</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="288"/>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="289"/>
        <source>Prepaid (IC card)</source>
        <translation>预付费（IC卡）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="291"/>
        <source>Supply &amp;address:</source>
        <translation>供应地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="293"/>
        <source>&amp;Utility:</source>
        <translation>业务类别(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="294"/>
        <source>&amp;Tariff class:</source>
        <translation>价格类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="295"/>
        <source>&amp;Billing mode:</source>
        <translation>计费方式(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="296"/>
        <source>&amp;Meter number:</source>
        <translation>表号(&amp;M)：</translation>
    </message>
</context>
</TS>
