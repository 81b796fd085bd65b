<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountOpeningWizard</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="530"/>
        <source>Open account</source>
        <translation>开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="550"/>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="580"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="551"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="552"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="553"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="578"/>
        <source>&amp;Open account</source>
        <translation>确认开户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="592"/>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="737"/>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="593"/>
        <source>Supply address: {address}</source>
        <translation>供应地址：{address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="594"/>
        <source>Utility: {kind}, tariff class {tariff}, {mode}</source>
        <translation>业务类别：{kind}，价格类别 {tariff}，{mode}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="599"/>
        <source>Meter number: {meter}</source>
        <translation>表号：{meter}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="600"/>
        <source>Documents received: {docs}</source>
        <translation>已收材料：{docs}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="606"/>
        <source>Missing ({n}): {docs} - a one-time notice will print.</source>
        <translation>缺少材料（{n} 项）：{docs}——将打印一次性告知单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="704"/>
        <source>The customer owes {amount} on other accounts ({accounts}). A manager may approve opening this account before the arrears are paid.</source>
        <translation>该客户其他户号欠费 {amount}（{accounts}）。值班长审批后可在结清欠费前开户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="734"/>
        <source>Account number {number}</source>
        <translation>户号 {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="738"/>
        <source>Request {number} ({status})</source>
        <translation>受理单 {number}（{status}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="740"/>
        <source>documents complete</source>
        <translation>资料齐全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="742"/>
        <source>documents incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="747"/>
        <source>To be completed by {date}</source>
        <translation>承诺办结日期：{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="751"/>
        <source>Missing documents: {docs}</source>
        <translation>缺少材料：{docs}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="758"/>
        <source>The typed {fields} differ from the customer&apos;s record; the record was not changed. Correct it in the customer view if the customer confirms.</source>
        <translation>录入的{fields}与客户档案不一致，档案未修改。如客户确认，请在客户信息中更正。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="764"/>
        <source>Possible duplicate: {name} ({accounts}) has the same phone.</source>
        <translation>疑似重复客户：{name}（{accounts}）手机号相同。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="772"/>
        <source>Account opening confirmation</source>
        <translation>开户确认单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="774"/>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="777"/>
        <source>{what} printed on {printer}. Copy: {path}</source>
        <translation>{what}已在 {printer} 打印。存档：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="782"/>
        <source>{what} was not printed (no printer available); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（没有可用的打印机），已进入待补打队列。PDF 存档：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="787"/>
        <source>{what} was not printed ({problem}); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（{problem}），已进入待补打队列。PDF 存档：{path}</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <location filename="../../counter_app/views/labels.py" line="435"/>
        <source>Clerk</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="436"/>
        <source>Hall manager</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="437"/>
        <source>Auditor</source>
        <translation>稽核员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="438"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="446"/>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="447"/>
        <source>In force</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="448"/>
        <source>Scheduled</source>
        <translation>待生效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="456"/>
        <source>Working day (make-up)</source>
        <translation>工作日（调休）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="457"/>
        <source>Day off (holiday)</source>
        <translation>休息日（节假日）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="463"/>
        <source>Smallest payment (¥)</source>
        <translation>单笔最低缴费（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="464"/>
        <source>Largest payment (¥)</source>
        <translation>单笔最高缴费（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="465"/>
        <source>Cash above this needs approval (¥)</source>
        <translation>现金超过此额须授权（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="468"/>
        <source>Days from reading to due date</source>
        <translation>抄表后缴费期限（天）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="471"/>
        <source>Late fee, residential (‰ a day)</source>
        <translation>违约金：居民（每日 ‰）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="474"/>
        <source>Late fee, others, due this year (‰ a day)</source>
        <translation>违约金：非居民，当年欠费（每日 ‰）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="477"/>
        <source>Late fee, others, due in an earlier year (‰ a day)</source>
        <translation>违约金：非居民，跨年欠费（每日 ‰）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="480"/>
        <source>Least late fee of a payment (¥)</source>
        <translation>每笔违约金最低（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="483"/>
        <source>Repeat complaint window (days)</source>
        <translation>重复投诉认定期（天）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="486"/>
        <source>Idle screen locks after (minutes)</source>
        <translation>无操作锁屏（分钟）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="489"/>
        <source>Wrong passwords before a lock</source>
        <translation>密码错误锁定次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="492"/>
        <source>Lock lasts (minutes)</source>
        <translation>锁定时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="495"/>
        <source>Daily backups kept (days)</source>
        <translation>保留每日备份（天）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="498"/>
        <source>Monthly backups kept (months)</source>
        <translation>保留每月备份（月）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="501"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="502"/>
        <source>Off-site copy folder</source>
        <translation>异地副本文件夹</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="510"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="511"/>
        <source>hours, round the clock</source>
        <translation>小时（全天候）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="519"/>
        <source>Nothing</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="520"/>
        <source>New owner (过户)</source>
        <translation>过户（更换户主）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="521"/>
        <source>New name (更名)</source>
        <translation>更名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="522"/>
        <source>New address (迁移)</source>
        <translation>迁移（更改地址）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="523"/>
        <source>Suspended (暂停)</source>
        <translation>暂停用气/用电</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="524"/>
        <source>Active again (恢复)</source>
        <translation>恢复用气/用电</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="525"/>
        <source>Closed (销户)</source>
        <translation>销户</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../counter_app/views/admin/admin_page.py" line="56"/>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/admin_page.py" line="57"/>
        <source>&amp;Halls and counters</source>
        <translation>营业厅与窗口(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/admin_page.py" line="58"/>
        <source>&amp;Tariffs</source>
        <translation>价格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/admin_page.py" line="59"/>
        <source>Holiday &amp;calendar</source>
        <translation>节假日日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/admin_page.py" line="60"/>
        <source>&amp;Settings</source>
        <translation>参数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/admin_page.py" line="61"/>
        <source>Service c&amp;atalogue</source>
        <translation>业务目录(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../counter_app/views/alerts.py" line="81"/>
        <source>Emergency request</source>
        <extracomment>How often the banner asks its feeds: &quot;within a few seconds&quot; of the alert being raised.</extracomment>
        <translation>紧急报修</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/alerts.py" line="82"/>
        <source>Emergency complaint</source>
        <translation>紧急投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/alerts.py" line="145"/>
        <source>EMERGENCY</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/alerts.py" line="156"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/alerts.py" line="158"/>
        <source>Acknowledge</source>
        <translation>已知悉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/alerts.py" line="216"/>
        <source>+{n} more</source>
        <translation>另有 {n} 条</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../counter_app/views/app.py" line="79"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="80"/>
        <source>Something went wrong and the last action may not have finished. The details were written to {log}. If a payment was in progress, look it up before taking it again.</source>
        <translation>系统出现意外错误，刚才的操作可能没有完成。详细信息已写入 {log}。如果正在缴费，请先查询该笔缴费是否已成功，再决定是否重新收取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="111"/>
        <source>Database unavailable</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="112"/>
        <source>The database cannot be opened or reached, so the counter cannot start. Check the network connection or call the administrator.</source>
        <translation>无法打开或连接数据库，柜台系统无法启动。请检查网络连接，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="128"/>
        <source>The counter cannot start</source>
        <translation>柜台无法启动</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="135"/>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="136"/>
        <source>The database could not be prepared for use. A backup was kept if it was being upgraded. Call the administrator.</source>
        <translation>数据库无法准备就绪。如正在升级，升级前的备份已保留。请联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../counter_app/views/approval.py" line="88"/>
        <source>Manager approval</source>
        <translation>值班长审批</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="108"/>
        <source>Manager employee no.:</source>
        <translation>值班长工号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="109"/>
        <source>Manager password:</source>
        <translation>值班长密码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="110"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="111"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="124"/>
        <source>What is approved</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="129"/>
        <source>Action:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="130"/>
        <source>Receipt:</source>
        <translation>收据号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="131"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="132"/>
        <source>Account:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="135"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="154"/>
        <source>The manager must enter their employee number.</source>
        <translation>请值班长输入本人工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="158"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="163"/>
        <source>The reason may have at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="125"/>
        <source>Check the audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="137"/>
        <source>Verify receipt</source>
        <translation>验证收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="138"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="487"/>
        <source>Print register</source>
        <translation>打印登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="139"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="496"/>
        <source>Approvals</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="155"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="208"/>
        <source>Genuine receipt, in force.</source>
        <translation>收据真实有效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="212"/>
        <source>Genuine receipt, but VOIDED since: the money was given back.</source>
        <translation>收据真实，但已冲正：款项已退回。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="216"/>
        <source>Genuine receipt, but REFUNDED since with receipt {number}.</source>
        <translation>收据真实，但已退费（退费收据 {number}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="222"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="294"/>
        <source>Not a receipt code of this system.</source>
        <translation>不是本系统的收据二维码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="226"/>
        <source>NOT GENUINE: the code&apos;s signature does not match. Forged or altered.</source>
        <translation>非真实收据：二维码签名不符，已被伪造或篡改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="230"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="289"/>
        <source>NOT GENUINE: no payment with this receipt number exists.</source>
        <translation>非真实收据：不存在该收据号的缴费记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="235"/>
        <source>NOT GENUINE: the code does not match the stored payment (amount, account or time differ).</source>
        <translation>非真实收据：二维码与系统记录不符（金额、户号或时间不同）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="252"/>
        <source>Receipt number: {number}</source>
        <translation>收据号：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="255"/>
        <source>Amount as stored: {amount}</source>
        <translation>系统记录金额：{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="258"/>
        <source>Account: {number}</source>
        <translation>户号：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="261"/>
        <source>Paid at {time} in hall {hall}, clerk {clerk}</source>
        <translation>缴费时间 {time}，营业厅 {hall}，经办 {clerk}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="244"/>
        <source>Compare the printed receipt with the stored values above.</source>
        <translation>请将纸质收据与上述系统记录逐项核对。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="152"/>
        <source>Scan the receipt&apos;s QR code or barcode, or type its number</source>
        <translation>扫描收据二维码或条码，或输入收据号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="273"/>
        <source>Receipt {number} exists and is in force.</source>
        <translation>收据 {number} 存在且有效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="278"/>
        <source>Receipt {number} exists, but was VOIDED since: the money was given back.</source>
        <translation>收据 {number} 存在，但已冲正：款项已退回。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="284"/>
        <source>Receipt {number} exists, but was REFUNDED since with receipt {refund}.</source>
        <translation>收据 {number} 存在，但已退费，退费收据 {refund}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="300"/>
        <source>Checked by number only: this proves the receipt exists and whether it is in force, not what the paper says. Compare the amount, account and time printed on it with the stored values above, or scan its QR code.</source>
        <translation>仅按收据号核对：只能证明该收据存在及是否有效，不能证明纸面内容。请将纸面上印的金额、户号和时间与上面的存档值核对，或扫描收据二维码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="319"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="413"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="324"/>
        <source>All documents</source>
        <translation>全部单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="455"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="336"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="422"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="337"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="338"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="340"/>
        <source>Copy</source>
        <translation>联次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="342"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="344"/>
        <source>Reprint {n}</source>
        <translation>补打 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="348"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="425"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="349"/>
        <source>By</source>
        <translation>经办</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="351"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="429"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="355"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="356"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="356"/>
        <source>waiting</source>
        <translation>待打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="359"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="363"/>
        <source>PDF fingerprint</source>
        <translation>PDF 指纹</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="365"/>
        <source>SHA-256 of the printed PDF: {hash}</source>
        <translation>所打印 PDF 的 SHA-256：{hash}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="387"/>
        <source>Copies registered: {n} (originals {originals}, reprints {reprints}); of these not printed yet: {waiting}.</source>
        <translation>共登记 {n} 份（原件 {originals} 份，补打 {reprints} 份），其中 {waiting} 份尚未打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="407"/>
        <source>Void</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="408"/>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="409"/>
        <source>Late fee waiver</source>
        <translation>减免违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="410"/>
        <source>Large cash payment</source>
        <translation>大额现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="411"/>
        <source>Account despite arrears</source>
        <translation>欠费开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="423"/>
        <source>Approved</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="424"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="426"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="427"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="446"/>
        <source>{n} approvals.</source>
        <translation>共 {n} 条审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="515"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="515"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="521"/>
        <source>{start} to {end}; exported {time} by {employee}</source>
        <translation>{start} 至 {end}；{time} 由 {employee} 导出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="529"/>
        <source>{n} rows</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="535"/>
        <source>The workbook could not be saved: {error}</source>
        <translation>工作簿未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="538"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="542"/>
        <source>Only the newest {limit} are shown: choose a shorter period.</source>
        <translation>只显示最新的 {limit} 条，请缩短查询期间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="558"/>
        <source>Audit trail intact: {n} entries, every link checked.</source>
        <translation>审计日志完整：共 {n} 条，逐条校验通过。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="566"/>
        <source>AUDIT TRAIL BROKEN at entry {id}: it or the one before it was changed or removed. Report this to the administrator.</source>
        <translation>审计日志在第 {id} 条处断裂：该条或其前一条已被修改或删除。请立即报告系统管理员。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="97"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="98"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="99"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="100"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="101"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="102"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="103"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="106"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="107"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="108"/>
        <source>Marked as</source>
        <translation>标记为</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="110"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="112"/>
        <source>Override</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="112"/>
        <source>Holiday library</source>
        <translation>节假日库</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="115"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="124"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="128"/>
        <source>Add &amp;holiday…</source>
        <translation>添加节假日(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="130"/>
        <source>Add &amp;make-up working day…</source>
        <translation>添加调休工作日(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="132"/>
        <source>&amp;Remove override</source>
        <translation>删除调整(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="134"/>
        <source>Year &amp;complete</source>
        <translation>本年已录完(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="152"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="153"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="154"/>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="155"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="156"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="157"/>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="158"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="159"/>
        <source>Victory Day (70th anniversary)</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="173"/>
        <source>The holiday library knows {year}: its holidays and make-up working days are listed; an override changes a single day.</source>
        <translation>节假日库已有 {year} 年数据：下表列出其节假日和调休工作日；人工调整只改变单独一天。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="180"/>
        <source>The holiday library does not know {year}: deadlines count Monday to Friday plus the overrides below. Enter the State Council&apos;s holidays and make-up working days, then press Year complete.</source>
        <translation>节假日库没有 {year} 年数据：时限按周一至周五加下表的人工调整计算。请录入国务院公布的节假日和调休工作日，然后点“本年已录完”。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="187"/>
        <source>No holiday data yet for: {years}.</source>
        <translation>以下年份尚无节假日数据：{years}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="200"/>
        <source>Override saved; deadlines from now on count it.</source>
        <translation>调整已保存，此后计算的时限按此执行。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="210"/>
        <source>Override removed.</source>
        <translation>调整已删除。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="217"/>
        <source>{year} is complete: its warning is gone.</source>
        <translation>{year} 年已录完，不再提示。</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <location filename="../../counter_app/views/shifts/cash_count.py" line="30"/>
        <source>{n} yuan</source>
        <translation>{n} 元</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/cash_count.py" line="32"/>
        <source>{n} jiao</source>
        <translation>{n} 角</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/cash_count.py" line="34"/>
        <source>{denomination} (coin)</source>
        <translation>{denomination}（硬币）</translation>
    </message>
</context>
<context>
    <name>CashCountGrid</name>
    <message>
        <location filename="../../counter_app/views/shifts/cash_count.py" line="56"/>
        <source>Denomination</source>
        <translation>面额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/cash_count.py" line="56"/>
        <source>Pieces</source>
        <translation>张/枚数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/cash_count.py" line="56"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/cash_count.py" line="81"/>
        <source>Total counted:</source>
        <translation>清点合计：</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="243"/>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="243"/>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="251"/>
        <source>Change from the safe</source>
        <translation>从保险柜领取零钱</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="251"/>
        <source>Float topped up</source>
        <translation>补充备用金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="253"/>
        <source>Handed in to the safe</source>
        <translation>交款至保险柜</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="253"/>
        <source>Handed in to the bank</source>
        <translation>交款至银行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="260"/>
        <source>Why the cash goes in or out</source>
        <translation>现金存入或取出的原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="262"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="263"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="265"/>
        <source>Book</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="129"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="129"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="131"/>
        <source>Kind</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="132"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="134"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="135"/>
        <source>Site work</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="136"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="137"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="139"/>
        <source>Documents</source>
        <translation>所需资料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="144"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="145"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="145"/>
        <source>Not in use</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="150"/>
        <source>&amp;Add service type…</source>
        <translation>添加业务类型(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="151"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="153"/>
        <source>Take &amp;out of use</source>
        <translation>停用(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="153"/>
        <source>Put &amp;into use</source>
        <translation>启用(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="173"/>
        <source>Service type added.</source>
        <translation>业务类型已添加。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="183"/>
        <source>Service type {code} changed; new requests use it.</source>
        <translation>业务类型 {code} 已修改，新受理的业务按新内容办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="192"/>
        <source>Service type {code} changed.</source>
        <translation>业务类型 {code} 已修改。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="31"/>
        <source>Choose your own password</source>
        <translation>设置自己的密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="38"/>
        <source>{name}, your password was set by an administrator. Choose your own before you start: at least {n} characters, not your employee number.</source>
        <translation>{name}，您的密码由管理员设置。开始工作前请设置自己的密码：至少 {n} 位，不能含工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="47"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="48"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="49"/>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="56"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/password_dialog.py" line="70"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="310"/>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="383"/>
        <source>Close shift</source>
        <translation>结班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="312"/>
        <source>Cash in the drawer, counted</source>
        <translation>钱箱现金清点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="318"/>
        <source>Counted against expected</source>
        <translation>实点与应有对比</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="326"/>
        <source>Expected cash:</source>
        <translation>应有现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="327"/>
        <source>Counted cash:</source>
        <translation>实点现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="328"/>
        <source>Difference:</source>
        <translation>差额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="330"/>
        <source>The shift</source>
        <translation>本班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="336"/>
        <source>{amount} (payments: {n})</source>
        <translation>{amount}（{n} 笔）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="342"/>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="344"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="346"/>
        <source>First receipt:</source>
        <translation>起始收据号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="347"/>
        <source>Last receipt:</source>
        <translation>截止收据号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="348"/>
        <source>Transactions:</source>
        <translation>交易笔数：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="350"/>
        <source>Voids:</source>
        <translation>冲正：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="352"/>
        <source>{n} ({amount})</source>
        <translation>{n} 笔（{amount}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="357"/>
        <source>Reprints:</source>
        <translation>补打：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="362"/>
        <source>Why the cash differs</source>
        <translation>长短款原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="368"/>
        <source>What the next clerk at this counter should know</source>
        <translation>需要告知本窗口下一班柜员的事项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="371"/>
        <source>Reason for the difference:</source>
        <translation>长短款原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="372"/>
        <source>Handover note:</source>
        <translation>交接说明：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="419"/>
        <source>Cash difference at the close of the shift of {name} ({no}), counter {n}: {difference}. Expected {expected}, counted {counted}.</source>
        <translation>{name}（{no}）{n} 号窗口结班现金差额：{difference}。应有 {expected}，实点 {counted}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="449"/>
        <source>The handover note may have at most {max} characters.</source>
        <translation>交接说明最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="458"/>
        <source>Give the reason for the cash difference.</source>
        <translation>请填写长短款原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="464"/>
        <source>A cash difference needs the manager&apos;s sign-off to close.</source>
        <translation>有长短款时，须主管签认后才能结班。</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="119"/>
        <source>Back to the list (Esc)</source>
        <translation>返回列表 (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="159"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="166"/>
        <source>Complainant:</source>
        <translation>投诉人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="167"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="168"/>
        <source>Channel:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="169"/>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="170"/>
        <source>Category:</source>
        <translation>投诉类别：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="171"/>
        <source>Account:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="172"/>
        <source>Owner:</source>
        <translation>承办人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="173"/>
        <source>Follow-up:</source>
        <translation>跟进人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="174"/>
        <source>Responsible:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="175"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="176"/>
        <source>Outside channel:</source>
        <translation>外部渠道：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="177"/>
        <source>Repair request:</source>
        <translation>抢修单：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="182"/>
        <source>Show full phone</source>
        <translation>显示完整电话</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="219"/>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="241"/>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="251"/>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="221"/>
        <source>Due by</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="225"/>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="226"/>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="242"/>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="287"/>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="227"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="228"/>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="244"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="240"/>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="270"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="243"/>
        <source>Owner</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="252"/>
        <source>Was due</source>
        <translation>原时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="253"/>
        <source>Now due</source>
        <translation>新时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="254"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="256"/>
        <source>Customer told</source>
        <translation>告知客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="261"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="271"/>
        <source>Mediator</source>
        <translation>调解人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="272"/>
        <source>Parties</source>
        <translation>当事各方</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="273"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="274"/>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="283"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="284"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="285"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="286"/>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="301"/>
        <source>Open selected file</source>
        <translation>打开所选文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="304"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="328"/>
        <source>Extend deadline…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="330"/>
        <source>Chase…</source>
        <translation>催办…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="332"/>
        <source>Transfer…</source>
        <translation>转办…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="335"/>
        <source>Feedback to customer…</source>
        <translation>答复客户…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="338"/>
        <source>Callback…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="341"/>
        <source>Mediation…</source>
        <translation>调解…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="344"/>
        <source>Close complaint…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="347"/>
        <source>Reprint slip…</source>
        <translation>补打受理单…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="378"/>
        <source>Milestones ({n})</source>
        <translation>办理节点 ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="379"/>
        <source>What was said and done</source>
        <translation>诉求与办理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="380"/>
        <source>Chase notes ({n})</source>
        <translation>催办 ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="381"/>
        <source>Extensions ({n})</source>
        <translation>延期 ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="382"/>
        <source>Mediation ({n})</source>
        <translation>调解 ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="383"/>
        <source>Attachments ({n})</source>
        <translation>附件 ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="389"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="389"/>
        <source>Not done yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="391"/>
        <source>Done late</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="393"/>
        <source>Done on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="394"/>
        <source>{state}, extended</source>
        <translation>{state}（已延期）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="422"/>
        <source>Repeat of {number}</source>
        <translation>重复投诉（前次 {number}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="424"/>
        <source>Repeat</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="427"/>
        <source>Appeal, round {n}</source>
        <translation>申诉（第 {n} 轮）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="429"/>
        <source>New chase notes: {n}</source>
        <translation>新催办 {n} 条</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="436"/>
        <source>{ref} reply by {time}</source>
        <translation>{ref} 须于 {time} 前回复</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="467"/>
        <source>Complaint:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="469"/>
        <source>The customer asks for:</source>
        <translation>客户诉求：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="471"/>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="474"/>
        <source>Feedback to the customer: {time}, {method}</source>
        <translation>答复客户：{time}，{method}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="480"/>
        <source>Callback: {time}, {satisfaction}</source>
        <translation>回访：{time}，{satisfaction}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="487"/>
        <source>Closed: {time}</source>
        <translation>办结：{time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="488"/>
        <source>Accepted by: {name}</source>
        <translation>受理人：{name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="495"/>
        <source>Record: {milestone}…</source>
        <translation>登记：{milestone}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="497"/>
        <source>Record milestone…</source>
        <translation>登记节点…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="535"/>
        <source>Attach a photo, scan or PDF file</source>
        <translation>添加照片、扫描件或 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="537"/>
        <source>Images and PDF ({patterns})</source>
        <translation>图片和 PDF（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="549"/>
        <source>{name} could not be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/detail_view.py" line="581"/>
        <source>No program on this computer opens {name}.</source>
        <translation>本机没有能打开 {name} 的程序。</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="140"/>
        <source>New complaint</source>
        <extracomment>What the file picker offers; the content is what is checked.</extracomment>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="166"/>
        <source>Save and print slip</source>
        <translation>保存并打印受理单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="223"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="239"/>
        <source>Emergency (leak, fire, danger to life): the hall manager is alerted at once and an emergency repair is opened; deadlines run round the clock.</source>
        <translation>紧急（泄漏、火灾、危及生命）：立即通知营业厅主管并生成紧急抢修单；时限按自然时间全天计算。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="246"/>
        <source>Where the danger is</source>
        <translation>险情地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="248"/>
        <source>The channel set a reply deadline</source>
        <translation>来源渠道规定了回复时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="254"/>
        <source>Channel:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="255"/>
        <source>Received at:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="256"/>
        <source>Category:</source>
        <translation>投诉类别：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="257"/>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="259"/>
        <source>Site address:</source>
        <translation>险情地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="261"/>
        <source>Outside ref. no.:</source>
        <translation>外部工单号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="264"/>
        <source>Reply deadline:</source>
        <translation>回复时限：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="269"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="274"/>
        <source>Name and phone, optional</source>
        <translation>姓名和电话，可不填</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="277"/>
        <source>Account no., mobile, ID no., name</source>
        <translation>户号、手机号、证件号、姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="280"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="285"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="288"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="292"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="298"/>
        <source>Find account:</source>
        <translation>查找户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="299"/>
        <source>Account:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="309"/>
        <source>What the customer says</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="313"/>
        <source>Complaint:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="314"/>
        <source>Customer asks for:</source>
        <translation>客户诉求：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="318"/>
        <source>Handling</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="330"/>
        <source>Person or department</source>
        <translation>责任人或责任部门</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="335"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="338"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="349"/>
        <source>Follow-up person:</source>
        <translation>跟进人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="350"/>
        <source>Responsible:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="351"/>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="382"/>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="389"/>
        <source>No account</source>
        <translation>无户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="416"/>
        <source>No account matches “{query}”.</source>
        <translation>没有与“{query}”相符的户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="429"/>
        <source>Attach photos, scans or PDF files</source>
        <translation>添加照片、扫描件或 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="431"/>
        <source>Images and PDF ({patterns})</source>
        <translation>图片和 PDF（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="444"/>
        <source>At most {n} files can be attached.</source>
        <translation>最多可添加 {n} 个附件。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/intake_dialog.py" line="450"/>
        <source>{name} could not be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <location filename="../../counter_app/views/labels.py" line="366"/>
        <source>At the counter</source>
        <translation>柜台现场</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="367"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="368"/>
        <source>Website / app</source>
        <translation>网站 / APP</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="369"/>
        <source>Letter / email</source>
        <translation>信函 / 邮件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="370"/>
        <source>WeChat / Weibo</source>
        <translation>微信 / 微博</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="371"/>
        <source>12345 hotline</source>
        <translation>12345 热线</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="381"/>
        <source>First investigation</source>
        <translation>初步调查</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="384"/>
        <source>Solution proposed</source>
        <translation>提出处理方案</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="387"/>
        <source>Solution carried out</source>
        <translation>处理方案落实</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="390"/>
        <source>Result reported</source>
        <translation>向客户反馈结果</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="400"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="401"/>
        <source>By text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="402"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="403"/>
        <source>On a home visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="404"/>
        <source>By letter / email</source>
        <translation>信函 / 邮件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="405"/>
        <source>By WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="418"/>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="419"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="420"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="421"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="422"/>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="423"/>
        <source>Concluded</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="424"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <location filename="../../counter_app/views/complaints/step_dialog.py" line="193"/>
        <source>Please choose: {field}</source>
        <extracomment>What ``submit`` returns to keep the dialog open without a message (e.g. the manager cancelled the approval the step needs).</extracomment>
        <translation>请选择：{field}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/step_dialog.py" line="200"/>
        <source>Please fill in: {field}</source>
        <translation>请填写：{field}</translation>
    </message>
</context>
<context>
    <name>ComplaintSteps</name>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="98"/>
        <source>Reopened as an appeal with new deadlines. Reprint slip… gives the customer a slip with them.</source>
        <translation>已转为申诉并重新计算时限。可用“补打受理单…”为客户打印载有新时限的受理单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="115"/>
        <source>Record that this milestone is done, with what was found or done.</source>
        <translation>登记本节点已完成，并写明调查结果或处理情况。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="116"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="254"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="280"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="303"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="118"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="126"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="155"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="275"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="125"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="180"/>
        <source>Milestone:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="129"/>
        <source>Chase</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="130"/>
        <source>The owner sees this note on their list and on the complaint.</source>
        <translation>承办人会在投诉列表和投诉详情中看到这条催办意见。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="131"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="148"/>
        <source>New owner:</source>
        <translation>新承办人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="158"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="160"/>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="159"/>
        <source>The follow-up person and the responsible person stay as they are.</source>
        <translation>跟进人和责任人保持不变。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="175"/>
        <source>No deadline can be extended: those still open have passed already.</source>
        <translation>没有可以延期的时限：尚未完成的节点均已超期。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="183"/>
        <source>By working days:</source>
        <translation>延期工作日：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="186"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="366"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="187"/>
        <source>Customer told:</source>
        <translation>告知方式：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="188"/>
        <location filename="../../counter_app/views/complaints/steps.py" line="248"/>
        <source>Told at:</source>
        <translation>告知时间：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="191"/>
        <source>Extend deadline</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="193"/>
        <source>Only before the deadline passes, with the customer told beforehand. The manager approves with their own password; later milestones move too.</source>
        <translation>只能在时限到期前申请，并须事先告知客户。由营业厅主管输入本人密码审批；后续节点随之顺延。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="196"/>
        <source>Approve and extend</source>
        <translation>审批并延期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="208"/>
        <source>Extend “{milestone}” of complaint {number} by {days} working days.</source>
        <translation>投诉 {number} 的“{milestone}”延期 {days} 个工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="247"/>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="249"/>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="252"/>
        <source>Feedback to customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="268"/>
        <source>Called at:</source>
        <translation>回访时间：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="271"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="278"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="279"/>
        <source>“Dissatisfied” reopens the complaint as an appeal with new deadlines.</source>
        <translation>回访“不满意”时，投诉转为申诉并重新计算时限。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="294"/>
        <source>Mediated at:</source>
        <translation>调解时间：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="295"/>
        <source>Mediator:</source>
        <translation>调解人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="296"/>
        <source>Parties:</source>
        <translation>当事各方：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="297"/>
        <source>Record:</source>
        <translation>调解记录：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="298"/>
        <source>Agreement:</source>
        <translation>调解协议：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="301"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="319"/>
        <source>Close complaint</source>
        <translation>办结投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="320"/>
        <source>The complaint is concluded; nothing more can be recorded on it.</source>
        <translation>投诉办结后不能再登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="321"/>
        <source>Conclude</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="362"/>
        <source>Reprint slip</source>
        <translation>补打受理单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/steps.py" line="364"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="123"/>
        <source>Tracking no. or the customer&apos;s phone</source>
        <translation>投诉编号或客户电话</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="128"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="129"/>
        <source>New complaint (Ctrl+N)</source>
        <translation>新建投诉 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="136"/>
        <source>Export ledger…</source>
        <translation>导出投诉台账…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="151"/>
        <source>Open it</source>
        <translation>打开查看</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="164"/>
        <source>Complaints</source>
        <translation>投诉受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="166"/>
        <source>Overdue milestones (hall)</source>
        <translation>本厅超期节点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="191"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="202"/>
        <source>Refresh (F9)</source>
        <translation>刷新 (F9)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="211"/>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="252"/>
        <source>Tracking no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="213"/>
        <source>Received {time}</source>
        <translation>受理时间 {time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="286"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="218"/>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="254"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="219"/>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="255"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="220"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="221"/>
        <source>Next step</source>
        <translation>下一节点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="223"/>
        <source>Next deadline</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="227"/>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="258"/>
        <source>Owner</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="228"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="235"/>
        <source>Open (Enter)</source>
        <translation>打开 (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="256"/>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="257"/>
        <source>Was due</source>
        <translation>原时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="259"/>
        <source>Chased</source>
        <translation>催办次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="260"/>
        <source>Last chased</source>
        <translation>最近催办</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="261"/>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="313"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="267"/>
        <source>Chase…</source>
        <translation>催办…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="269"/>
        <source>Open complaint</source>
        <translation>打开投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="295"/>
        <source>Outside channel&apos;s reply</source>
        <translation>外部渠道回复</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="303"/>
        <source>{time} overdue</source>
        <translation>{time} 已超期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="305"/>
        <source>{time} due today</source>
        <translation>{time} 今日到期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="311"/>
        <source>Repeat</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="315"/>
        <source>New chase notes: {n}</source>
        <translation>新催办 {n} 条</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="337"/>
        <source>Only the most urgent are shown ({n}); more match.</source>
        <translation>仅显示最紧急的 {n} 件，还有更多。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="343"/>
        <source>Complaints shown: {n}</source>
        <translation>共 {n} 件投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="372"/>
        <source>Complaints matching “{text}”: {n}</source>
        <translation>与“{text}”相符的投诉：{n} 件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="388"/>
        <source>Overdue milestones in the hall: {n}</source>
        <translation>本厅超期节点：{n} 个</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="407"/>
        <source>Chase notes for you: {n}. Latest, on {number} from {name}: {note}</source>
        <translation>您有 {n} 条催办。最新一条（{number}，{name}）：{note}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="596"/>
        <source>Ledger saved to {path} (complaints: {n}).</source>
        <translation>投诉台账已保存到 {path}（共 {n} 件投诉）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="341"/>
        <source>No complaints in this list.</source>
        <translation>此列表中没有投诉。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="368"/>
        <source>No complaint matches “{text}”.</source>
        <translation>没有与“{text}”相符的投诉。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="499"/>
        <source>Chase - {number}</source>
        <translation>催办 - {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="500"/>
        <source>“{milestone}” was due {time}. {owner} sees this note.</source>
        <translation>“{milestone}”应于 {time} 前完成。{owner} 将看到这条催办意见。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="505"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="509"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="541"/>
        <source>Complaint accepted. Tracking number: {number}</source>
        <translation>投诉已受理。投诉编号：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="544"/>
        <source>The hall manager has been alerted.</source>
        <translation>已通知营业厅主管。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="547"/>
        <source>Emergency repair request {number} opened.</source>
        <translation>已生成紧急抢修单 {number}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="562"/>
        <source>Complaint ledger</source>
        <translation>投诉台账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="563"/>
        <source>Every complaint received in the period, with a summary by category.</source>
        <translation>所选期间受理的全部投诉，并按类别汇总。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="564"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="568"/>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="569"/>
        <source>To:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="579"/>
        <source>Save the complaint ledger</source>
        <translation>保存投诉台账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="581"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="587"/>
        <source>Writing the complaint ledger…</source>
        <translation>正在导出投诉台账…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="604"/>
        <source>The ledger could not be written: {reason}</source>
        <translation>投诉台账未能导出：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/complaints/complaints_page.py" line="608"/>
        <source>The ledger export was cancelled; no file was kept.</source>
        <translation>已取消导出投诉台账，未保留文件。</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="454"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="455"/>
        <source>Check with the customer, then press Open account.</source>
        <translation>请与客户核对后，点击“确认开户”。</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../counter_app/views/connection_banner.py" line="153"/>
        <source>The central database cannot be reached — retrying…</source>
        <extracomment>How often the database is asked while it answers, and while it does not. A question with no answer after this long counts as no answer (a network that swallows packets instead of refusing them answers nothing until TCP gives up). When the database was last seen going away (``time.monotonic()``), for the record.</extracomment>
        <translation>中央数据库无法连接 — 正在重试…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/connection_banner.py" line="160"/>
        <source>What you typed is kept; the counter goes on by itself when it is back.</source>
        <translation>已输入的内容会保留，连接恢复后柜台自动继续。</translation>
    </message>
</context>
<context>
    <name>CounterChoiceDialog</name>
    <message>
        <location filename="../../counter_app/views/counter_choice.py" line="30"/>
        <source>This PC&apos;s counter</source>
        <translation>本机窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/counter_choice.py" line="34"/>
        <source>This PC starts for the first time. Which counter is it? Users sign in at this counter of their own hall; it can be changed later with counter-app workstation --counter N.</source>
        <translation>本机首次启动。请选择本机是哪个窗口：用户在本营业厅的这个窗口登录；以后可用 counter-app workstation --counter N 更改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/counter_choice.py" line="43"/>
        <source>{code} {hall} · counter {n} ({name})</source>
        <translation>{code} {hall} · {n} 号窗口（{name}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/counter_choice.py" line="49"/>
        <source>&amp;Counter:</source>
        <translation>窗口(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/counter_choice.py" line="54"/>
        <source>Use this counter</source>
        <translation>使用此窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/counter_choice.py" line="55"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="113"/>
        <source>Edit counter of {hall}</source>
        <translation>修改 {hall} 的窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="113"/>
        <source>Add counter to {hall}</source>
        <translation>为 {hall} 添加窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="127"/>
        <source>e.g. Counter 1</source>
        <translation>如 1号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="128"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="131"/>
        <source>&amp;Number:</source>
        <translation>窗口号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="132"/>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <location filename="../../counter_app/views/labels.py" line="44"/>
        <source>Pending connection</source>
        <translation>待通气</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="45"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="46"/>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="47"/>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="50"/>
        <source>No account</source>
        <translation>无户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="56"/>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="57"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="58"/>
        <source>Water</source>
        <translation>自来水</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="65"/>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="66"/>
        <source>Prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="73"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="74"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="81"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="82"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="85"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="86"/>
        <source>Mainland travel permit for HK/Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="100"/>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="101"/>
        <source>Partly paid</source>
        <translation>部分缴纳</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="102"/>
        <source>Paid</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="103"/>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="110"/>
        <source>Bill payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="111"/>
        <source>Prepaid top-up</source>
        <translation>预付费充值</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="112"/>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="113"/>
        <source>Service fee</source>
        <translation>业务费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="121"/>
        <source>Void a receipt</source>
        <translation>冲正收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="122"/>
        <source>Refund a receipt</source>
        <translation>收据退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="123"/>
        <source>Waive the late fee</source>
        <translation>减免违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="126"/>
        <source>Take cash above the limit</source>
        <translation>收取超限额现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="129"/>
        <source>Open an account despite arrears</source>
        <translation>欠费开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="144"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="145"/>
        <source>Voided</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="152"/>
        <source>Documents incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="155"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="156"/>
        <source>Awaiting approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="159"/>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="160"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="161"/>
        <source>Work completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="162"/>
        <source>Follow-up call done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="165"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="166"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="167"/>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="174"/>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="175"/>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="176"/>
        <source>Supply</source>
        <translation>供气/供电</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="177"/>
        <source>Prices and fees</source>
        <translation>价格收费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="178"/>
        <source>Equipment</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="179"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="186"/>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="187"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="188"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="195"/>
        <source>Open</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="196"/>
        <source>Investigating</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="199"/>
        <source>Resolved</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="200"/>
        <source>Concluded</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="201"/>
        <source>Appeal</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="208"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="209"/>
        <source>Void slip</source>
        <translation>冲正单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="210"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="211"/>
        <source>Account opening confirmation</source>
        <translation>开户确认单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="214"/>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="217"/>
        <source>Complaint slip</source>
        <translation>投诉受理单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="218"/>
        <source>Shift report</source>
        <translation>交接班报表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="219"/>
        <source>Daily report</source>
        <translation>营业日报</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="220"/>
        <source>Settlement slip</source>
        <translation>结算单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="226"/>
        <source>Copy of personal data</source>
        <translation>个人信息副本</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="236"/>
        <source>80 mm roll</source>
        <translation>80 毫米热敏卷纸</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="237"/>
        <source>A5 sheet</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="238"/>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="262"/>
        <source>Residential</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="263"/>
        <source>Non-residential</source>
        <translation>非居民</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="264"/>
        <source>Residential living</source>
        <translation>居民生活</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="265"/>
        <source>General commercial and industrial</source>
        <translation>一般工商业</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="268"/>
        <source>Large industry</source>
        <translation>大工业</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="269"/>
        <source>Agricultural production</source>
        <translation>农业生产</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="98"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="99"/>
        <source>Corrected</source>
        <translation>资料更正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="100"/>
        <source>Full value viewed</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="101"/>
        <source>Personal data erased</source>
        <translation>个人信息已注销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="102"/>
        <source>Copy of personal data made</source>
        <translation>出具个人信息副本</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="109"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="110"/>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="111"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="112"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="113"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="114"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="115"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="116"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="117"/>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="124"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="125"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="130"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="147"/>
        <source>Copy {number} handed over</source>
        <translation>副本 {number} 已交客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="151"/>
        <source>Name, ID number, phones, address and contacts erased</source>
        <translation>姓名、证件号码、电话、地址和联系人已删除</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="156"/>
        <source>Full {field} shown</source>
        <translation>已查看完整{field}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="159"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="160"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="112"/>
        <source>Customer</source>
        <extracomment>The stored customer the typed ID number or credit code belongs to, if any.</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="115"/>
        <source>Type the ID number first: a customer who already has accounts is found and reused.</source>
        <translation>请先录入证件号码：已有户号的客户会被自动找到并沿用其档案。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="118"/>
        <source>&amp;Individual</source>
        <translation>个人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="120"/>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="141"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="142"/>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="144"/>
        <source>Nam&amp;e:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="147"/>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="151"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="157"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="163"/>
        <source>Emergency phone:</source>
        <translation>紧急联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="177"/>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="181"/>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="187"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="193"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="199"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="319"/>
        <source>Existing customer: {name}, accounts {accounts}.</source>
        <translation>已有客户：{name}，户号 {accounts}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="323"/>
        <source>The account is opened for this customer with the details on record; correct them in the customer view if they have changed.</source>
        <translation>将按档案中的客户资料为其开户；如资料有变，请在客户视图中更正。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="327"/>
        <source>Arrears {amount}: a manager must approve.</source>
        <translation>欠费 {amount}：需值班长审批。</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="109"/>
        <source>Account no. / name / mobile / ID no. / meter no. / address / scan barcode</source>
        <extracomment>Set by whoever handles request_requested (the Requests area): a matched request number then opens the request, not its customer.</extracomment>
        <translation>户号 / 姓名 / 手机 / 证件号 / 表号 / 地址 / 扫码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="121"/>
        <source>New account (Ctrl+N)</source>
        <translation>开户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="174"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="197"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="175"/>
        <source>(no account)</source>
        <translation>（无户号）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="178"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="179"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="203"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="180"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="202"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="182"/>
        <source>Supply address</source>
        <translation>供应地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="187"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="189"/>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="198"/>
        <source>Bill barcode</source>
        <translation>账单条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="199"/>
        <source>Receipt barcode</source>
        <translation>收据条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="200"/>
        <source>Work order barcode</source>
        <translation>工单条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="201"/>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="204"/>
        <source>Mobile&apos;s last 4 digits</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="205"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="206"/>
        <source>Part of name</source>
        <translation>姓名包含</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="207"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="280"/>
        <source>No match for “{query}”.</source>
        <translation>没有找到与“{query}”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="283"/>
        <source>More than {n} matches — type more to narrow the search.</source>
        <translation>匹配结果超过 {n} 条，请继续输入以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="286"/>
        <source>Exact match. Press Enter to open it.</source>
        <translation>精确匹配。按 Enter 打开。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="288"/>
        <source>{n} matches. Press Enter to open the first one.</source>
        <translation>找到 {n} 条。按 Enter 打开第一条。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="293"/>
        <source>A part of a name with 1 or 2 characters is found at the start or the end of a name (surname or given name). Type at least 3 characters to search anywhere in names and addresses.</source>
        <translation>1–2 个字的姓名片段只按姓名开头或结尾（姓或名）查找。输入至少 3 个字可在姓名和地址的任意位置查找。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="303"/>
        <source>Short address fragment: only the newest accounts were searched. Type at least 3 characters to search all addresses.</source>
        <translation>地址关键字过短，仅查找了最近开立的户号。请至少输入 3 个字以查找全部地址。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="308"/>
        <source>The query was too long; only its beginning was used.</source>
        <translation>输入内容过长，只按开头部分查找。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="314"/>
        <source>Type an account number, name, mobile, ID number, meter number or part of the address, or scan the barcode on a bill, receipt or work order.</source>
        <translation>请输入户号、姓名、手机号、证件号码、表号或部分地址，或扫描账单、收据、工单上的条码。</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="255"/>
        <source>Back to results (Esc)</source>
        <extracomment>The manager&apos;s &quot;Personal data…&quot; button (see :meth:`set_rights`), else None.</extracomment>
        <translation>返回查询结果（Esc）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="270"/>
        <source>Personal data erased at the customer&apos;s request; history kept.</source>
        <translation>个人信息已按客户要求注销，历史记录仍保留。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="307"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="317"/>
        <source>Show full ID number</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="321"/>
        <source>Show full phone</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="328"/>
        <source>Show full contact</source>
        <translation>显示完整联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="345"/>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="347"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="351"/>
        <source>Customer since:</source>
        <translation>建档日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="370"/>
        <source>Pay (F5)</source>
        <translation>缴费（F5）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="372"/>
        <source>New request (F6)</source>
        <translation>业务受理（F6）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="375"/>
        <source>Complaint (F7)</source>
        <translation>投诉（F7）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="377"/>
        <source>Edit details (F2)</source>
        <translation>修改资料（F2）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="378"/>
        <source>Refresh (F9)</source>
        <translation>刷新（F9）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="410"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="432"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="455"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="472"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="497"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="515"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="525"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="542"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="411"/>
        <source>Utility</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="412"/>
        <source>Supply address</source>
        <translation>供应地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="413"/>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="414"/>
        <source>Tariff</source>
        <translation>价格类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="415"/>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="417"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="444"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="457"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="471"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="495"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="421"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="423"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="425"/>
        <source>Opened</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="431"/>
        <source>Bill no.</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="433"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="434"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="435"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="460"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="436"/>
        <source>Amount paid</source>
        <translation>已缴金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="438"/>
        <source>Outstanding</source>
        <translation>未缴金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="441"/>
        <source>Due date</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="454"/>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="456"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="458"/>
        <source>Business date</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="459"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="521"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="531"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="461"/>
        <source>Late fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="462"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="514"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="524"/>
        <source>Clerk</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="469"/>
        <source>Request no.</source>
        <translation>受理单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="470"/>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="473"/>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="475"/>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="477"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="479"/>
        <source>Missing documents</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="488"/>
        <source>Complaint no.</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="489"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="491"/>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="496"/>
        <source>Received at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="503"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="504"/>
        <source>Number</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="505"/>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="506"/>
        <source>Reprint no.</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="508"/>
        <source>On paper</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="513"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="522"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="523"/>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="532"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="533"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="534"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="535"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="544"/>
        <source>Holder</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="548"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="549"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="549"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="551"/>
        <source>By transfer</source>
        <translation>过户单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="552"/>
        <source>opened</source>
        <translation>开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="572"/>
        <source>Reprint selected document</source>
        <translation>补打所选单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="634"/>
        <source>Accounts ({n})</source>
        <translation>户号（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="635"/>
        <source>Bills ({n})</source>
        <translation>账单（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="636"/>
        <source>Payments ({n})</source>
        <translation>缴费记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="637"/>
        <source>Open requests ({n})</source>
        <translation>在办业务（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="638"/>
        <source>Complaints ({n})</source>
        <translation>投诉（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="639"/>
        <source>Printed documents ({n})</source>
        <translation>打印记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="640"/>
        <source>Contacts ({n})</source>
        <translation>联系记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="641"/>
        <source>Change history ({n})</source>
        <translation>变更记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="646"/>
        <source>Holders of these accounts, and of those handed on ({n})</source>
        <translation>户主记录：以上户号及已过户给他人的户号（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="667"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="675"/>
        <source>{name} (this customer)</source>
        <translation>{name}（本客户）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="681"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="739"/>
        <source>Hall {hall} keeps this customer&apos;s full record: here you see what they owe and take their payments; their complaints, documents, contact notes and changes, the full ID number and phone and corrections stay with hall {hall}.</source>
        <translation>该客户的完整资料由营业厅 {hall} 保管：本厅可查看欠费并收费；其投诉、票据、联系记录和资料变更，以及完整证件号、手机号的查看和资料更正，均由营业厅 {hall} 办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="752"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="755"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="760"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="763"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="778"/>
        <source>Balance {amount}</source>
        <translation>余额 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="781"/>
        <source>Arrears {amount}</source>
        <translation>欠费 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="829"/>
        <source>No account selected</source>
        <translation>未选择户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="833"/>
        <source>Account {number} ({status})</source>
        <translation>户号 {number}（{status}）</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="92"/>
        <source>No shift open</source>
        <extracomment>How often the dashboard reads the figures again.</extracomment>
        <translation>未开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="94"/>
        <source>Open past its business date</source>
        <translation>跨营业日未结班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="95"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="129"/>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="137"/>
        <location filename="../../counter_app/views/reports/dashboard.py" line="188"/>
        <source>Takings today</source>
        <translation>今日收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="138"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="139"/>
        <source>Callbacks made</source>
        <translation>回访率</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="140"/>
        <source>Overdue requests</source>
        <translation>超时业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="141"/>
        <source>Overdue complaints</source>
        <translation>超时投诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="155"/>
        <location filename="../../counter_app/views/reports/dashboard.py" line="157"/>
        <source>No takings yet</source>
        <translation>暂无收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="161"/>
        <source>Takings by tender</source>
        <translation>按支付方式收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="162"/>
        <source>Takings by hour</source>
        <translation>按小时收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="172"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="174"/>
        <source>Clerk</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="177"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="179"/>
        <source>Business date</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="184"/>
        <source>Open since</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="187"/>
        <source>Transactions today</source>
        <translation>今日笔数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="192"/>
        <source>Counters and their shifts</source>
        <translation>各窗口班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="260"/>
        <source> (day closed)</source>
        <translation>（已日结）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="262"/>
        <source>{hall}, business date {date}</source>
        <translation>{hall}，营业日 {date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="267"/>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="270"/>
        <source>{n} transactions</source>
        <translation>{n} 笔</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/dashboard.py" line="284"/>
        <source>target {target}</source>
        <translation>目标 {target}</translation>
    </message>
</context>
<context>
    <name>DayClose</name>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="45"/>
        <source>Counter {n}: {name} ({no}), open since {time}</source>
        <translation>{n} 号窗口：{name}（{no}），{time} 开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="57"/>
        <source>Closed {time} by {who}</source>
        <translation>已日结：{time}，{who}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="61"/>
        <source>Open: {n} shift(s) still open</source>
        <translation>未日结：尚有 {n} 个班次未结班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="64"/>
        <source>Open: ready to close</source>
        <translation>未日结：可以日结</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="75"/>
        <source>The backup FAILED; the day is closed all the same. {reason}</source>
        <translation>备份失败；营业日仍已日结。{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="81"/>
        <source>Backup made and proved by a test restore: {path} ({rows} rows). Audit trail head: {head}</source>
        <translation>备份已完成并经试恢复验证：{path}（{rows} 行）。审计日志末条：{head}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="89"/>
        <source>The audit trail did not verify when it was backed up: run verify-audit.</source>
        <translation>备份时审计日志未通过验证：请运行 verify-audit。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="96"/>
        <source>Older backups removed by the retention setting: {n}</source>
        <translation>按保留设置删除的旧备份：{n} 个</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="102"/>
        <source>Off-site copy: {path}</source>
        <translation>异地副本：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="108"/>
        <source>The off-site copy FAILED: {reason}</source>
        <translation>异地副本失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="160"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>DayCloseView</name>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="151"/>
        <source>Business date</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="153"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="157"/>
        <source>Shifts</source>
        <translation>班次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="159"/>
        <source>Shifts still open</source>
        <translation>未结班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="169"/>
        <source>Business days of the hall</source>
        <translation>本营业厅的营业日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="178"/>
        <location filename="../../counter_app/views/reports/day_close.py" line="255"/>
        <source>Close the business day</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="181"/>
        <source>Save the daily report…</source>
        <translation>保存营业日报…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="184"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="235"/>
        <source>No business day yet: no shift has been opened.</source>
        <translation>尚无营业日：还没有开过班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="238"/>
        <source>{date}: {state}</source>
        <translation>{date}：{state}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="244"/>
        <source>This is today: close it only when the hall has finished.</source>
        <translation>这是今天：请在营业厅当天营业结束后再日结。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="257"/>
        <source>Close the business day {date}? Its totals are then fixed: no voids or changes are booked on it, corrections become refunds on a later day.</source>
        <translation>确定对 {date} 日结吗？日结后当日数据固定：不能再冲正或修改，更正只能在以后的营业日以退费办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="273"/>
        <source>Closing the business day {date} and backing up the database…</source>
        <translation>正在日结 {date} 并备份数据库…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="296"/>
        <source>Business day {date} closed: its totals are fixed.</source>
        <translation>{date} 已日结，当日数据已固定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="312"/>
        <source>The daily report has printed.</source>
        <translation>营业日报已打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/day_close.py" line="315"/>
        <source>The daily report did not print; its PDF is kept at {path}.</source>
        <translation>营业日报未能打印，PDF 已保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../counter_app/views/dialogs.py" line="148"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/dialogs.py" line="150"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="429"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="432"/>
        <source>Tick every document the customer handed in. If any is missing the request is saved as incomplete and a one-time notice listing all missing documents prints.</source>
        <translation>请勾选客户已提交的全部材料。如有缺少，受理单保存为“资料不全”，并打印一次性告知单列明全部缺少的材料。</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="113"/>
        <source>Correct customer details - {name}</source>
        <translation>客户资料更正 - {name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="139"/>
        <source>Required, e.g. customer showed a new ID card; name changed</source>
        <translation>必填，例如：客户出示新身份证；客户已改名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="144"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="145"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="147"/>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="148"/>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="149"/>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="178"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="152"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="158"/>
        <source>Emergency phone:</source>
        <translation>紧急联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="164"/>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="167"/>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="173"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="177"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="179"/>
        <source>&amp;Reason for the change:</source>
        <translation>更正原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="183"/>
        <source>The ID number and phone are shown masked. Type a new value over the mask to change one; leave it as it is to keep it.</source>
        <translation>证件号码和手机号以掩码显示。如需修改，请直接输入新号码覆盖；保持不变则不修改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="196"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="198"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="339"/>
        <source>Type the emergency contact&apos;s full mobile number again to change the contact, or clear both fields to remove it.</source>
        <translation>修改紧急联系人时请重新输入其完整手机号；如要删除紧急联系人，请清空两栏。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="346"/>
        <source>Nothing was changed.</source>
        <translation>没有修改任何内容。</translation>
    </message>
</context>
<context>
    <name>EraseDataDialog</name>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="218"/>
        <source>Erase personal data: {name}</source>
        <translation>删除个人信息：{name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="222"/>
        <source>The name becomes “已注销客户” with the customer number; the ID number, phone, address, contact person and emergency contact are erased for good, also from complaints and requests that name the customer. Bills, payments, receipts and the audit trail are kept. This cannot be undone.</source>
        <translation>客户名称改为“已注销客户”加客户编号；证件号码、手机号码、地址、联系人和紧急联系人将被永久删除，提及该客户的投诉和业务单中的相关内容也一并删除。账单、缴费、收据和审计日志予以保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="236"/>
        <source>e.g. written request handed in at the counter</source>
        <translation>例如：客户到柜台递交书面申请</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="239"/>
        <source>Customer&apos;s request:</source>
        <translation>客户申请事由：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="241"/>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="247"/>
        <source>It cannot be done yet:</source>
        <translation>暂不能删除：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="261"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="262"/>
        <source>Erase the personal data of {name} now? It cannot be brought back.</source>
        <translation>现在删除 {name} 的个人信息吗？删除后无法恢复。</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="129"/>
        <source>Copy of personal data: {name}</source>
        <translation>个人信息副本：{name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="133"/>
        <source>The copy holds the customer&apos;s ID number and phone in full. Hand it only to the customer themselves, after checking their ID document.</source>
        <translation>副本载有客户完整的证件号码和手机号码。请核验客户本人有效证件后，只交给客户本人。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="140"/>
        <source>e.g. asked at the counter for their data</source>
        <translation>例如：客户到柜台申请查阅本人信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="144"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="148"/>
        <source>Also print the PDF for the customer</source>
        <translation>同时打印副本交给客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="151"/>
        <source>Customer&apos;s request:</source>
        <translation>客户申请事由：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="152"/>
        <source>Save to folder:</source>
        <translation>保存到文件夹：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="155"/>
        <source>Make the copy</source>
        <translation>出具副本</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="165"/>
        <source>Where to save the copy</source>
        <translation>副本保存位置</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="183"/>
        <source>The copy {number} was saved:</source>
        <translation>副本 {number} 已保存：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="190"/>
        <source>It did not print; print the PDF from the folder.</source>
        <translation>未能打印，请从文件夹中打印该 PDF。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="192"/>
        <source>Copy of personal data</source>
        <translation>个人信息副本</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../counter_app/views/reports/export_runner.py" line="118"/>
        <source>Cancel</source>
        <extracomment>The export: called in the worker with ``progress(done, total)`` and ``cancelled()``.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/export_runner.py" line="120"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/export_runner.py" line="144"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ExportsView</name>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="91"/>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="96"/>
        <source>Daily report (Excel and PDF):</source>
        <translation>营业日报（Excel 和 PDF）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="98"/>
        <source>Export daily report…</source>
        <translation>导出营业日报…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="103"/>
        <source>Monthly report (Excel and PDF):</source>
        <translation>月报（Excel 和 PDF）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="105"/>
        <source>Export monthly report…</source>
        <translation>导出月报…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="110"/>
        <source>Payments journal, from … to:</source>
        <translation>收费流水，起止日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="112"/>
        <source>Export payments journal…</source>
        <translation>导出收费流水…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="117"/>
        <source>Receipt register, from … to:</source>
        <translation>收据登记簿，起止日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="119"/>
        <source>Export receipt register…</source>
        <translation>导出收据登记簿…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="150"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="158"/>
        <source>daily-report-{date}</source>
        <translation>营业日报-{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="159"/>
        <source>Save the daily report</source>
        <translation>保存营业日报</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="165"/>
        <source>monthly-report-{month}</source>
        <translation>月报-{month}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="166"/>
        <source>Save the monthly report</source>
        <translation>保存月报</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="172"/>
        <source>payments-journal-{start}-{end}</source>
        <translation>收费流水-{start}-{end}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="175"/>
        <source>Save the payments journal</source>
        <translation>保存收费流水</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="181"/>
        <source>receipt-register-{start}-{end}</source>
        <translation>收据登记簿-{start}-{end}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="184"/>
        <source>Save the receipt register</source>
        <translation>保存收据登记簿</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="196"/>
        <source>Exporting the daily report of {date}…</source>
        <translation>正在导出 {date} 的营业日报…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="207"/>
        <source>Exporting the monthly report of {month}…</source>
        <translation>正在导出 {month} 的月报…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="218"/>
        <source>Exporting the payments journal {start} to {end}…</source>
        <translation>正在导出 {start} 至 {end} 的收费流水…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="223"/>
        <source>Exporting the receipt register {start} to {end}…</source>
        <translation>正在导出 {start} 至 {end} 的收据登记簿…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="240"/>
        <source>An export is still running.</source>
        <translation>还有导出正在进行。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="255"/>
        <source>Exported {rows} rows in {seconds} s:
{files}</source>
        <translation>已导出 {rows} 行，用时 {seconds} 秒：
{files}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="261"/>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/exports.py" line="268"/>
        <source>The export failed: {detail}. No file was written.</source>
        <translation>导出失败：{detail}。未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="72"/>
        <source>Service fee: {number}</source>
        <translation>业务费：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="76"/>
        <source>{type} on account {account}, {customer}</source>
        <translation>{type}，户号 {account}，{customer}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="104"/>
        <source>Fee:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="105"/>
        <source>Paid by:</source>
        <translation>支付方式：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="106"/>
        <source>Reference no.:</source>
        <translation>交易参考号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="108"/>
        <source>Cash received:</source>
        <translation>实收现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="113"/>
        <source>Take the fee</source>
        <translation>收取业务费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="149"/>
        <source>Change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="151"/>
        <source>Short by {amount}</source>
        <translation>还差 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="177"/>
        <source>Fee paid. Receipt {number}, amount {amount}.</source>
        <translation>业务费已收。收据 {number}，金额 {amount}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="183"/>
        <source>Give change: {change}</source>
        <translation>找零：{change}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/fee_dialog.py" line="190"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../counter_app/views/admin/common.py" line="143"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/common.py" line="147"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HallDialog</name>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="65"/>
        <source>Edit hall</source>
        <translation>修改营业厅</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="65"/>
        <source>Add hall</source>
        <translation>添加营业厅</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="67"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="68"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="69"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="70"/>
        <source>Service &amp;hotline:</source>
        <translation>服务热线(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="75"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="79"/>
        <source>Coun&amp;ters:</source>
        <translation>窗口数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="82"/>
        <source>The code (e.g. H01) starts every receipt number of the hall and cannot be changed later.</source>
        <translation>营业厅代码（如 H01）是该厅所有收据号的开头，以后不能更改。</translation>
    </message>
</context>
<context>
    <name>HallsPage</name>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="154"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="155"/>
        <location filename="../../counter_app/views/admin/halls_page.py" line="172"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="156"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="157"/>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="158"/>
        <source>Counters</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="160"/>
        <location filename="../../counter_app/views/admin/halls_page.py" line="174"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="161"/>
        <location filename="../../counter_app/views/admin/halls_page.py" line="175"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="161"/>
        <location filename="../../counter_app/views/admin/halls_page.py" line="175"/>
        <source>Not in use</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="166"/>
        <source>&amp;Add hall…</source>
        <translation>添加营业厅(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="167"/>
        <source>&amp;Edit hall…</source>
        <translation>修改营业厅(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="171"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="183"/>
        <source>Counters of the selected hall</source>
        <translation>所选营业厅的窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="185"/>
        <source>Add &amp;counter…</source>
        <translation>添加窗口(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="186"/>
        <source>Edit c&amp;ounter…</source>
        <translation>修改窗口(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="213"/>
        <source>Hall {code} added.</source>
        <translation>营业厅 {code} 已添加。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="220"/>
        <source>Hall {code} changed.</source>
        <translation>营业厅 {code} 已修改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="226"/>
        <source>Counter added to {code}.</source>
        <translation>已为 {code} 添加窗口。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/halls_page.py" line="238"/>
        <source>Counter {n} of {code} changed.</source>
        <translation>{code} 的 {n} 号窗口已修改。</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="122"/>
        <source>New service request</source>
        <extracomment>The type&apos;s own fields, in the order the form shows them. Fields a refusal may name; anything else shows on the dialog&apos;s own line.</extracomment>
        <translation>业务受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="130"/>
        <source>Accept request</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="165"/>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="169"/>
        <source>Account no., mobile, ID no. or scan</source>
        <translation>户号、手机号、证件号或扫码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="171"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="189"/>
        <source>Request</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="199"/>
        <source>Type or scan</source>
        <translation>输入或扫码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="241"/>
        <source>&amp;Service:</source>
        <translation>业务类型(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="243"/>
        <source>&amp;Queue ticket:</source>
        <translation>叫号(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="244"/>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="376"/>
        <source>&amp;Description:</source>
        <translation>业务描述(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="245"/>
        <source>&amp;Work address:</source>
        <translation>施工地址(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="246"/>
        <source>New &amp;owner:</source>
        <translation>新户主(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="247"/>
        <source>New &amp;name:</source>
        <translation>新户名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="248"/>
        <source>New add&amp;ress:</source>
        <translation>新地址(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="249"/>
        <source>&amp;Team sent now:</source>
        <translation>立即派往班组(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="252"/>
        <source>Documents handed in</source>
        <translation>已收资料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="254"/>
        <source>No documents are needed.</source>
        <translation>无需提交资料。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="257"/>
        <source>If accepted now</source>
        <translation>现在受理将会</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="278"/>
        <source>Type or scan the account number.</source>
        <translation>请输入或扫描户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="290"/>
        <source>No account found for “{text}”.</source>
        <translation>未找到“{text}”对应的户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="321"/>
        <source>Find the account the request is about.</source>
        <translation>请先查找办理业务的户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="324"/>
        <source>{number} ({status}), {name}</source>
        <translation>{number}（{status}），{name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="333"/>
        <source>Arrears {amount}</source>
        <translation>欠费 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="376"/>
        <source>&amp;Description (required):</source>
        <translation>业务描述(&amp;D)（必填）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="389"/>
        <source>Time limit: {sla}</source>
        <translation>时限：{sla}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="391"/>
        <source>fee {fee}</source>
        <translation>费用 {fee}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="393"/>
        <source>needs a manager&apos;s approval</source>
        <translation>需主管审核</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="395"/>
        <source>site work</source>
        <translation>需上门施工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="397"/>
        <source>EMERGENCY: dispatched at once, the manager is alerted</source>
        <translation>紧急：立即派工并通知值班长</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="485"/>
        <source>Deadline: {sla} from acceptance.</source>
        <translation>办结期限：受理后 {sla}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="475"/>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="503"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="505"/>
        <source>Deadline: {at}</source>
        <translation>办结期限：{at}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="477"/>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="507"/>
        <source>Deadline: starts when the documents are complete.</source>
        <translation>办结期限：资料齐全后开始计算。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="479"/>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="510"/>
        <source>Missing ({n}): {docs}. A one-time notice listing them prints.</source>
        <translation>缺少资料（{n} 项）：{docs}。将打印一次性告知单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="496"/>
        <source>The account owes {amount}: it is paid first, or this is refused.</source>
        <translation>该户欠费 {amount}：须先结清，否则不予受理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="516"/>
        <source>Fee {fee}, paid before dispatch.</source>
        <translation>费用 {fee}，派工前收取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="521"/>
        <source>No holiday data for {years}: the deadline counts Monday to Friday only.</source>
        <translation>{years} 年无节假日数据：期限仅按周一至周五计算。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="552"/>
        <source>Find the account first.</source>
        <translation>请先查找户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="560"/>
        <source>Accept the request?</source>
        <translation>确认受理？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="561"/>
        <source>{type} on account {account}.</source>
        <translation>户号 {account} 办理{type}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="589"/>
        <source>Request {number} accepted: {status}.</source>
        <translation>受理单 {number} 已受理：{status}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/intake_dialog.py" line="595"/>
        <source>Documents missing: {docs}</source>
        <translation>缺少资料：{docs}</translation>
    </message>
</context>
<context>
    <name>KeepsTypedWork</name>
    <message>
        <location filename="../../counter_app/views/dialogs.py" line="223"/>
        <source>Discard what was typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/dialogs.py" line="224"/>
        <source>What was typed in this window has not been saved and will be lost. Close the window anyway?</source>
        <translation>此窗口中输入的内容尚未保存，关闭后将丢失。仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="205"/>
        <source>Requests ledger</source>
        <translation>业务受理台账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="211"/>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="212"/>
        <source>To:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="215"/>
        <source>Every request accepted in the period, with its type, account, owner, times, on-time flag and satisfaction, and a summary by type.</source>
        <translation>期间受理的全部业务：类型、户号、负责人、各环节时间、是否按时办结、满意度，并按业务类型汇总。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="223"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="247"/>
        <source>Save the requests ledger</source>
        <translation>保存业务受理台账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="247"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="263"/>
        <source>{n} requests from {start} to {end} written to {path}.</source>
        <translation>{start} 至 {end} 共 {n} 笔业务已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../counter_app/views/lock.py" line="89"/>
        <location filename="../../counter_app/views/lock.py" line="92"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="98"/>
        <source>Signed in: {name} ({employee_no}). Enter your password to continue.</source>
        <translation>当前登录：{name}（{employee_no}）。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="113"/>
        <source>Unlock (Enter)</source>
        <translation>解锁（Enter）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="116"/>
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>注销（Ctrl+Shift+Q）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="158"/>
        <source>{n} emergency alerts are waiting: unlock to see them.</source>
        <translation>有 {n} 条紧急警报待处理：解锁后查看。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/views/login.py" line="127"/>
        <source>Counter - Sign in</source>
        <translation>柜台系统 - 登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="128"/>
        <source>Service Hall Counter</source>
        <translation>营业厅柜台系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="129"/>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="130"/>
        <source>&amp;Employee no.:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="131"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="132"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="133"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="134"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="137"/>
        <source>Demo data: clerk G1001, manager M1001, auditor A1001, administrator S0001; password counter123.</source>
        <translation>演示数据：柜员 G1001，值班长 M1001，稽核员 A1001，系统管理员 S0001；密码均为 counter123。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="175"/>
        <source>Please enter your employee number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="179"/>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="185"/>
        <source>Connecting to the database...</source>
        <translation>正在连接数据库……</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="203"/>
        <source>Choose your own password to sign in: it was set by an administrator.</source>
        <translation>您的密码由管理员设置，须先设置自己的密码才能登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/views/app.py" line="100"/>
        <location filename="../../counter_app/views/main_window.py" line="162"/>
        <location filename="../../counter_app/views/translation.py" line="94"/>
        <source>Service Hall Counter</source>
        <translation>营业厅柜台系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="237"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="238"/>
        <source>Payments</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="239"/>
        <source>Service requests</source>
        <translation>业务受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="240"/>
        <source>Complaints</source>
        <translation>投诉受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="241"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="242"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="243"/>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="244"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="251"/>
        <source>Find customers by account number, name, phone, ID number, meter number or address; open accounts; see everything about a customer on one screen.</source>
        <translation>按户号、姓名、电话、证件号码、表号或地址查找客户；办理开户；在一个界面查看客户的全部信息。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="255"/>
        <source>Take payments with any tender, print receipts, reprint and void them.</source>
        <translation>以各种支付方式收费，打印、补打和冲正收据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="258"/>
        <source>Accept service requests (change of owner, relocation, modification, suspension, closure, repair), print work orders and track deadlines.</source>
        <translation>受理过户、迁移、改装、暂停、销户、报修等业务，打印工单并跟踪办结时限。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="262"/>
        <source>Accept complaints from every channel and track them to closure within their deadlines.</source>
        <translation>受理各渠道投诉，并在时限内跟踪至办结。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="266"/>
        <source>Open and close your shift with the cash count, cash in and out, handover.</source>
        <translation>开班和结班（清点现金）、现金存取、交接班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="269"/>
        <source>Daily and monthly reports, ledgers and the dashboard; export to Excel.</source>
        <translation>营业日报、月报、台账和看板；导出 Excel。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="272"/>
        <source>Printed-document register, reprints, voids, cash variances, data-change history and receipt verification.</source>
        <translation>打印登记簿、补打、冲正、现金差异、数据变更记录和收据核验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="276"/>
        <source>Users and roles, halls and counters, tariffs, service catalogue, holiday calendar and backups.</source>
        <translation>用户与角色、营业厅与窗口、价格、业务目录、节假日日历和备份。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="353"/>
        <source>&amp;Counter</source>
        <translation>柜台(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="354"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="357"/>
        <source>&amp;Sign out</source>
        <translation>注销(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="360"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="368"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="415"/>
        <source>No holiday data for {years}: deadlines count Monday to Friday only. Enter the holidays and make-up working days as calendar overrides.</source>
        <translation>缺少 {years} 年的节假日数据：办结时限暂按周一至周五计算。请在日历中录入该年的节假日和调休工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="432"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="434"/>
        <source>Hall: {hall}</source>
        <translation>营业厅：{hall}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="436"/>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="438"/>
        <source>No counter</source>
        <translation>未分配窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="442"/>
        <source>Clerk: {name} [{no}]</source>
        <translation>柜员：{name}［{no}］</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="445"/>
        <source>Business date: {date}</source>
        <translation>营业日：{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="448"/>
        <source>Shift: open</source>
        <translation>班次：已开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="448"/>
        <source>Shift: not open</source>
        <translation>班次：未开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="497"/>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="499"/>
        <source>Your shift is still open. Signing out does not close it: it stays open until you close it with the cash count. Sign out now?</source>
        <translation>您的班次仍开着。注销不会结班：班次将一直开着，直到您清点现金后结班。现在注销吗？</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counter_app/views/messages.py" line="79"/>
        <source>The action could not be completed: {detail}</source>
        <translation>操作未能完成：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="80"/>
        <source>Wrong employee number or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="81"/>
        <source>Wrong employee number or password. {remaining} attempts left before the account is locked.</source>
        <translation>工号或密码错误。再错 {remaining} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="86"/>
        <source>The account is locked.</source>
        <translation>账号已锁定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="87"/>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation>密码错误次数过多，账号已锁定至 {until}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="90"/>
        <location filename="../../counter_app/views/messages.py" line="584"/>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="585"/>
        <source>You cannot approve your own request. Another manager must approve it.</source>
        <translation>不能审批自己发起的申请，请由其他值班长审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="588"/>
        <source>Only a manager of this hall can approve.</source>
        <translation>只能由本营业厅的值班长审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="91"/>
        <source>This is done at a service hall: sign in at a counter of the hall.</source>
        <translation>此业务须在营业厅办理，请在营业厅的窗口登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="572"/>
        <source>This approval is not for this action.</source>
        <translation>该授权不适用于此操作</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="578"/>
        <source>The approval has expired: the shift manager must approve again.</source>
        <translation>授权已过期，请值班长重新授权</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="581"/>
        <source>This approval has already been used: the shift manager must approve again.</source>
        <translation>该授权已经使用过，请值班长重新授权</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="94"/>
        <source>The database cannot be reached. Nothing was saved. Check the network connection and try again, or call the administrator.</source>
        <translation>无法连接数据库，本次操作未保存任何内容。请检查网络后重试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="99"/>
        <source>Some input is not valid: {detail}</source>
        <translation>输入有误：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="100"/>
        <location filename="../../counter_app/views/templates/payments.py" line="37"/>
        <source>Please give a reason.</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="101"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="102"/>
        <location filename="../../counter_app/views/messages.py" line="269"/>
        <source>The customer does not exist.</source>
        <translation>客户不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="103"/>
        <source>This conflicts with an existing record: {detail}</source>
        <translation>与已有记录冲突：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="104"/>
        <location filename="../../counter_app/views/messages.py" line="270"/>
        <source>This customer&apos;s details were erased at the customer&apos;s request; no further business can be done for them.</source>
        <translation>该客户资料已按本人要求注销，不能再办理业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="109"/>
        <source>Some input is not valid ({code}).</source>
        <translation>输入内容有误（{code}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="111"/>
        <source>Please enter the {id_label}.</source>
        <translation>请输入{id_label}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="112"/>
        <source>The {id_label} must have {expected} characters; it has {actual}.</source>
        <translation>{id_label}应为 {expected} 位，现为 {actual} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="115"/>
        <source>The {id_label} must have {min}–{max} letters or digits; it has {actual}.</source>
        <translation>{id_label}应为 {min}–{max} 位字母或数字，现为 {actual} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="118"/>
        <source>Character {position} of the {id_label}, “{char}”, is not valid: use digits only; the last character may be X.</source>
        <translation>{id_label}第 {position} 位“{char}”无效：只能包含数字，最后一位可以是 X</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="123"/>
        <source>Character {position} of the {id_label}, “{char}”, is not valid: use letters and digits only.</source>
        <translation>{id_label}第 {position} 位“{char}”无效：只能包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="128"/>
        <source>X can only be the last character of the {id_label}.</source>
        <translation>{id_label}中的 X 只能出现在最后一位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="131"/>
        <source>The check digit of the {id_label} is wrong: it should be {expected}. Check the whole number digit by digit; the mistake may be in an earlier digit.</source>
        <translation>{id_label}校验位错误：应为 {expected}。请逐位核对整个号码，输错的也可能是前面的数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="136"/>
        <source>The date of birth {value} does not exist.</source>
        <translation>出生日期 {value} 不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="137"/>
        <source>The date of birth {value} is after today.</source>
        <translation>出生日期 {value} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="138"/>
        <source>The date of birth {value} is before 1900.</source>
        <translation>出生日期 {value} 早于 1900 年</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="141"/>
        <source>Residence permit numbers of HK/Macao/Taiwan residents start with 81 (Hong Kong), 82 (Macao) or 83 (Taiwan); this one starts with {actual}.</source>
        <translation>港澳台居民居住证号码应以 81（香港）、82（澳门）或 83（台湾）开头，现为 {actual}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="146"/>
        <source>Numbers starting with {actual} are HK/Macao/Taiwan residence permits: choose “HK/Macao/Taiwan residence permit” as the ID type.</source>
        <translation>{actual} 开头的是港澳台居民居住证号码，请将证件类型选为“港澳台居民居住证”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="151"/>
        <source>A mainland travel permit number for HK/Macao residents is H or M followed by 8 or 10 digits.</source>
        <translation>港澳居民来往内地通行证号码应为 H 或 M 开头，后接 8 位或 10 位数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="156"/>
        <source>Please enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="157"/>
        <source>The unified social credit code must have {expected} characters; it has {actual}.</source>
        <translation>统一社会信用代码应为 {expected} 位，现为 {actual} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="161"/>
        <source>A unified social credit code can only contain digits and capital letters; character {position} is “{char}”.</source>
        <translation>统一社会信用代码只能包含数字和大写字母，第 {position} 位是“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="166"/>
        <source>A unified social credit code never uses the letters I, O, Z, S or V; character {position} is “{char}”.</source>
        <translation>统一社会信用代码不使用字母 I、O、Z、S、V，第 {position} 位是“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="171"/>
        <source>The check character of the unified social credit code is wrong: it should be {expected}. Check the whole code character by character.</source>
        <translation>统一社会信用代码校验位错误：应为 {expected}。请逐位核对整个代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="176"/>
        <source>Please enter the mobile number.</source>
        <translation>请输入手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="177"/>
        <source>The mobile number can only contain digits, not “{char}”.</source>
        <translation>手机号只能包含数字，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="180"/>
        <source>The mobile number must have {expected} digits; it has {actual}.</source>
        <translation>手机号应为 {expected} 位数字，现为 {actual} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="183"/>
        <source>A mobile number has 11 digits, starting with 1 and with 3–9 as the second digit.</source>
        <translation>手机号应为 1 开头的 11 位数字，且第二位为 3–9</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="187"/>
        <source>The name cannot be empty.</source>
        <translation>姓名不能为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="188"/>
        <source>The name can be at most {max} characters; it has {actual}.</source>
        <translation>姓名最长 {max} 字，现为 {actual} 字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="191"/>
        <source>The name cannot contain emoji (“{char}”).</source>
        <translation>姓名不能包含表情符号“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="192"/>
        <source>The name cannot contain control characters ({codepoint}).</source>
        <translation>姓名不能包含控制字符（{codepoint}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="195"/>
        <source>The “·” in a name can only stand between two characters.</source>
        <translation>姓名中的“·”只能用在两个字之间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="198"/>
        <source>The name can only contain letters, spaces and “·”, not “{char}”.</source>
        <translation>姓名只能包含文字、空格和“·”，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="201"/>
        <source>The organisation name cannot be empty.</source>
        <translation>单位名称不能为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="202"/>
        <source>The organisation name can be at most {max} characters; it has {actual}.</source>
        <translation>单位名称最长 {max} 字，现为 {actual} 字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="205"/>
        <source>The organisation name cannot contain emoji (“{char}”).</source>
        <translation>单位名称不能包含表情符号“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="208"/>
        <source>The organisation name cannot contain control characters ({codepoint}).</source>
        <translation>单位名称不能包含控制字符（{codepoint}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="211"/>
        <source>The organisation name can only contain letters, digits, spaces, brackets, · &amp; . , - and the Chinese enumeration comma, not “{char}”.</source>
        <translation>单位名称只能包含文字、数字、空格、括号和 · &amp; . , - 、，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="216"/>
        <source>The address cannot be empty.</source>
        <translation>地址不能为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="217"/>
        <source>The address can be at most {max} characters; it has {actual}.</source>
        <translation>地址最长 {max} 字，现为 {actual} 字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="220"/>
        <source>The address cannot contain emoji (“{char}”).</source>
        <translation>地址不能包含表情符号“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="221"/>
        <source>The address cannot contain control characters ({codepoint}).</source>
        <translation>地址不能包含控制字符（{codepoint}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="224"/>
        <source>The address cannot contain the character “{char}”.</source>
        <translation>地址不能包含字符“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="228"/>
        <source>Please enter the amount.</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="229"/>
        <source>Type only the digits of the amount, not “{char}”: the amount is already in yuan.</source>
        <translation>金额只输入数字，不要输入“{char}”：金额栏的单位已经是人民币元</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="233"/>
        <source>No commas in the amount: type one thousand yuan as 1000 or 1000.00, and use “.” as the decimal point.</source>
        <translation>金额中不能有逗号：一千元请输入 1000 或 1000.00，小数点请用“.”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="238"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="239"/>
        <source>Type the amount as a plain number (for example 1000), not in a form like 1e3.</source>
        <translation>金额请直接输入数字（例如 1000），不要使用 1e3 这样的写法</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="242"/>
        <source>The amount can only contain digits and a decimal point, not “{char}”.</source>
        <translation>金额只能包含数字和小数点，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="245"/>
        <source>The amount is not a valid number: type it like 100 or 100.50.</source>
        <translation>金额格式不正确，应为 100 或 100.50 这样的数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="248"/>
        <source>The amount can have at most two decimal places (to the fen); it has {decimals}.</source>
        <translation>金额最多两位小数（精确到分），现为 {decimals} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="252"/>
        <source>The amount cannot be less than {minimum}.</source>
        <translation>金额不能小于 {minimum}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="255"/>
        <source>A single amount cannot be more than {maximum}.</source>
        <translation>单笔金额不能超过 {maximum}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="258"/>
        <source>The amount must be an exact decimal number.</source>
        <translation>金额必须是精确的十进制数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="261"/>
        <source>The amount is not valid ({code}).</source>
        <translation>金额有误（{code}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="263"/>
        <source>Choose an existing customer or fill in the new customer&apos;s details.</source>
        <translation>请选择已有客户，或填写新客户资料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="266"/>
        <source>An existing customer is chosen: do not fill in new customer details as well.</source>
        <translation>已选择已有客户时不能再填写新客户资料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="275"/>
        <source>Please choose the ID type.</source>
        <translation>请选择证件类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="276"/>
        <source>This ID number is already registered to another customer.</source>
        <translation>该证件号码已登记在另一位客户名下</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="279"/>
        <source>This unified social credit code is already registered to another organisation.</source>
        <translation>该统一社会信用代码已登记在另一家单位名下</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="283"/>
        <source>This ID number is registered to customer “{registered_name}”, which does not match the name entered. Check the ID number; if the customer has changed their name, correct the customer&apos;s details first.</source>
        <translation>该证件号码已登记为客户“{registered_name}”，与填写的姓名不符。请核对证件号码；如客户已改名，请先办理客户资料更正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="289"/>
        <source>This unified social credit code is registered to “{registered_name}”, which does not match the organisation name entered. Check the code; if the organisation has been renamed, correct the customer&apos;s details first.</source>
        <translation>该统一社会信用代码已登记为“{registered_name}”，与填写的单位名称不符。请核对代码；如单位已更名，请先办理客户资料更正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="295"/>
        <source>Fill in both the emergency contact&apos;s name and mobile number, or neither.</source>
        <translation>紧急联系人的姓名和手机号需同时填写</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="298"/>
        <source>This field does not apply to this type of customer.</source>
        <translation>该类客户没有此项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="301"/>
        <source>Please give the reason for the change.</source>
        <translation>请填写修改原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="302"/>
        <location filename="../../counter_app/views/templates/payments.py" line="38"/>
        <source>The reason can be at most {max} characters.</source>
        <translation>原因最长 {max} 字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="303"/>
        <source>The utility is not valid.</source>
        <translation>业务类别无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="304"/>
        <source>This system does not serve that utility.</source>
        <translation>本系统未开通该业务类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="307"/>
        <source>The tariff class “{value}” does not exist.</source>
        <translation>价格类别“{value}”不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="310"/>
        <source>Please choose the tariff class.</source>
        <translation>请选择价格类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="311"/>
        <source>The billing mode is not valid.</source>
        <translation>付费方式无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="312"/>
        <source>Please enter the meter number.</source>
        <translation>请输入表号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="313"/>
        <source>The meter number can only contain letters and digits, not “{char}”.</source>
        <translation>表号只能包含字母和数字，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="316"/>
        <source>The meter number can be at most {max} characters.</source>
        <translation>表号最长 {max} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="319"/>
        <source>Meter number {value} is already registered to account {account_number}.</source>
        <translation>表号 {value} 已登记在户号 {account_number} 下</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="322"/>
        <source>“{name}” is not on the list of documents this service needs.</source>
        <translation>“{name}”不在本业务的所需资料清单中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="325"/>
        <source>The document type “{value}” is not valid.</source>
        <translation>单据类型“{value}”无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="328"/>
        <source>The document number is empty or too long.</source>
        <translation>单据编号为空或过长</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="331"/>
        <source>The document&apos;s content digest must be a SHA-256 of 64 hexadecimal characters.</source>
        <translation>单据内容摘要应为 64 位十六进制 SHA-256</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="335"/>
        <source>The layout “{value}” is not valid.</source>
        <translation>版式“{value}”无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="336"/>
        <source>The PDF file path can be at most {max} characters.</source>
        <translation>PDF 保存路径最长 {max} 字符</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="343"/>
        <source>The account number is empty.</source>
        <translation>户号为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="344"/>
        <source>There is no account {account_number}.</source>
        <translation>户号 {account_number} 不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="345"/>
        <source>There is no account {account_number}. The cell is an Excel number, so leading zeros may be lost: format the column as text.</source>
        <translation>户号 {account_number} 不存在（该单元格是数字格式，户号开头的 0 可能已丢失，请把户号列设为文本后重新导出）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="350"/>
        <source>The account does not exist.</source>
        <translation>该户不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="351"/>
        <source>Account {account_number} is closed ({closed_on}).</source>
        <translation>户号 {account_number} 已销户（{closed_on}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="354"/>
        <source>No {tariff_class} tariff is in force on {on}.</source>
        <translation>{on} 没有适用于“{tariff_class}”的价格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="357"/>
        <source>A bill for {period} already exists ({number}).</source>
        <translation>{period} 的账单已存在（{number}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="360"/>
        <source>Account {account_number} is prepaid: prepaid accounts are not billed from readings.</source>
        <translation>户号 {account_number} 是预付费户，不按抄表出账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="364"/>
        <source>The reading date is empty.</source>
        <translation>抄表日期为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="365"/>
        <source>The date &quot;{value}&quot; cannot be read: write it as 2026-11-20, 2026/11/20 or 20261120.</source>
        <translation>抄表日期“{value}”无法识别，请写成 2026-11-20、2026/11/20 或 20261120</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="369"/>
        <source>The reading date {read_on} is after today ({today}).</source>
        <translation>抄表日期 {read_on} 晚于今天（{today}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="372"/>
        <source>The reading date {read_on} is not after the previous reading&apos;s date {previous_read_on}.</source>
        <translation>抄表日期 {read_on} 不晚于上次抄表日期 {previous_read_on}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="376"/>
        <source>The reading is empty.</source>
        <translation>本次读数为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="377"/>
        <source>The reading &quot;{value}&quot; is not a number.</source>
        <translation>本次读数“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="378"/>
        <source>The reading cannot be negative.</source>
        <translation>本次读数不能为负数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="379"/>
        <source>The reading has {decimals} decimals; at most 3 are allowed.</source>
        <translation>本次读数最多三位小数，现为 {decimals} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="382"/>
        <source>The reading is larger than any meter shows.</source>
        <translation>本次读数超出表计范围</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="385"/>
        <source>The reading must be a number of at most 3 decimals, not negative.</source>
        <translation>读数须为不小于 0、最多 3 位小数的数字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="388"/>
        <source>The reading is below the previous reading {previous}.</source>
        <translation>本次读数 {reading} 小于上次读数 {previous}（{previous_read_on}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="391"/>
        <source>The source of the reading is not valid.</source>
        <translation>读数来源无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="392"/>
        <source>Account {account_number} is in the file more than once with different values (also row {rows}).</source>
        <translation>户号 {account_number} 在文件中出现多次且内容不同（第 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="397"/>
        <source>The row has a problem ({code}).</source>
        <translation>数据有误（{code}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="399"/>
        <source>Only .xlsx and .csv files can be imported.</source>
        <translation>只能导入 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="400"/>
        <source>Old .xls files cannot be read: save the file as .xlsx in Excel.</source>
        <translation>旧版 .xls 文件请先在 Excel 中另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="403"/>
        <source>The file {path} does not exist.</source>
        <translation>找不到文件 {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="404"/>
        <source>The file is damaged or is not what its name says; it cannot be read.</source>
        <translation>文件已损坏或格式与扩展名不符，无法读取</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="407"/>
        <source>The CSV file&apos;s text encoding is not known: save it as UTF-8 or GBK.</source>
        <translation>CSV 文件编码无法识别，请保存为 UTF-8 或 GBK 编码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="410"/>
        <source>The file is larger than {max_mb} MB ({size_kb} KB). Split it and import the parts one by one.</source>
        <translation>文件过大（{size_kb} KB），最大 {max_mb} MB，请分批导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="415"/>
        <source>The file has more than {max_rows} rows. Split it and import the parts one by one.</source>
        <translation>文件超过 {max_rows} 行数据，请分批导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="419"/>
        <source>The file is empty.</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="420"/>
        <source>No header row found: the first row must name the columns 户号, 抄表日期 and 本次读数. Missing: {missing}.</source>
        <translation>找不到表头：第一行应为 户号、抄表日期、本次读数（缺少：{missing}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="425"/>
        <source>The file has a header row but no readings.</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="426"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>已取消导入，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="427"/>
        <source>The file cannot be imported ({code}).</source>
        <translation>无法导入（{code}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="429"/>
        <source>No shift is open: open a shift before taking money.</source>
        <translation>尚未开班：请先开班再收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="432"/>
        <source>Your open shift is at counter {counter_number}: work there, or close that shift first.</source>
        <translation>您的班次开在 {counter_number} 号窗口：请在该窗口办理，或先结束该班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="436"/>
        <source>You already have a shift open at counter {counter_number}.</source>
        <translation>您已在 {counter_number} 号窗口开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="439"/>
        <source>Clerk {employee_no} has a shift open at this counter.</source>
        <translation>本窗口已由柜员 {employee_no} 开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="442"/>
        <source>You signed in without a counter: sign in at a counter to open a shift.</source>
        <translation>登录时未选择窗口：请在窗口登录后再开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="445"/>
        <source>The business day {business_date} is closed: nothing more can be booked on it.</source>
        <translation>营业日 {business_date} 已日结，不能再办理业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="449"/>
        <source>The count of {denomination} cannot be negative.</source>
        <translation>{denomination} 的张数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="452"/>
        <source>The count of {denomination} must be a whole number of notes or coins.</source>
        <translation>{denomination} 的张数必须是整数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="455"/>
        <source>{value} pieces of {denomination} is more than a drawer holds: count again.</source>
        <translation>{denomination} 共 {value} 张/枚，超出钱箱容量，请重新清点。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="458"/>
        <source>{denomination} is not a note or coin the drawer holds.</source>
        <translation>{denomination} 不是钱箱中的面额。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="461"/>
        <source>This shift is closed already; it cannot be closed twice.</source>
        <translation>该班次已结班，不能重复结班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="464"/>
        <source>The float entered ({opening_float}) is not what the count adds up to ({counted}).</source>
        <translation>输入的备用金（{opening_float}）与清点合计（{counted}）不一致。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="468"/>
        <source>The cash differs from what is expected by {variance}: give the reason.</source>
        <translation>实点现金与应有现金相差 {variance}，请填写长短款原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="471"/>
        <source>The cash differs from what is expected by {variance}: a manager must sign it off.</source>
        <translation>实点现金与应有现金相差 {variance}，需主管签认。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="475"/>
        <source>A manager cannot sign off the variance of their own shift.</source>
        <translation>主管不能签认自己班次的长短款。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="478"/>
        <source>No handover waits at this counter.</source>
        <translation>本窗口没有待确认的交接班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="479"/>
        <source>Clerk {employee_no} left a handover at this counter: read and acknowledge it first.</source>
        <translation>柜员 {employee_no} 在本窗口留有交接班事项，请先阅读并确认。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="483"/>
        <source>No such shift in your hall.</source>
        <translation>本营业厅没有该班次。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="484"/>
        <location filename="../../counter_app/views/templates/requests.py" line="110"/>
        <source>Please give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="485"/>
        <source>The reason is too long: at most {maximum} characters.</source>
        <translation>原因过长，最多 {maximum} 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="488"/>
        <source>The handover note is too long: at most {maximum} characters.</source>
        <translation>交接留言过长，最多 {maximum} 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="491"/>
        <source>The drawer should hold only {available}: you cannot take out more.</source>
        <translation>钱箱应有现金仅 {available}，不能取出更多。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="499"/>
        <source>The business day {business_date} was closed already by {closed_by}.</source>
        <translation>营业日 {business_date} 已由 {closed_by} 日结。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="502"/>
        <source>The business day {business_date} has not come yet.</source>
        <translation>营业日 {business_date} 尚未到来。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="505"/>
        <source>You belong to no hall, so there is no business day for you to close.</source>
        <translation>您不属于任何营业厅，没有可日结的营业日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="508"/>
        <source>{business_date} is in the future: there is nothing to report yet.</source>
        <translation>{business_date} 是将来的日期，暂无可报数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="511"/>
        <source>The period ends ({date_to}) before it starts ({date_from}).</source>
        <translation>结束日期（{date_to}）早于开始日期（{date_from}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="514"/>
        <source>Choose a period of at most {maximum} days.</source>
        <translation>请选择不超过 {maximum} 天的期间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="517"/>
        <source>There is no hall {hall}.</source>
        <translation>没有营业厅 {hall}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="518"/>
        <source>Hall {hall} is not your hall: you can export only your own hall&apos;s reports.</source>
        <translation>{hall} 不是您的营业厅，只能导出本营业厅的报表。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="521"/>
        <source>You belong to no hall: choose the hall to report on.</source>
        <translation>您不属于任何营业厅，请选择要统计的营业厅。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="524"/>
        <source>{year}-{month} is not a month to report on.</source>
        <translation>{year}-{month} 不是有效的统计月份。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="527"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未生成文件。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="535"/>
        <source>The disk is full: {path} was not written. Free some space and try again.</source>
        <translation>磁盘已满，{path} 未写入。请清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="538"/>
        <source>{path} cannot be written there ({detail}): choose another folder.</source>
        <translation>无法在该位置写入 {path}（{detail}），请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="541"/>
        <source>{path} could not be written ({detail}); nothing was left behind.</source>
        <translation>{path} 写入失败（{detail}），未留下任何文件。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="545"/>
        <source>Choose a period whose end is not before its start, at most {max_days} days long.</source>
        <translation>请选择结束日期不早于开始日期、且不超过 {max_days} 天的期间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="550"/>
        <source>The audit key in {source} cannot be read (it must be 64 hexadecimal digits). Put back the key file from its backup or call the IT department.</source>
        <translation>无法读取 {source} 中的审计密钥（应为 64 位十六进制数字）。请从备份中恢复密钥文件，或联系信息部门。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="555"/>
        <source>The audit trail is protected with an audit key and none was found ({source}). Copy the key file from its backup or from another counter, or call the IT department.</source>
        <translation>审计日志受审计密钥保护，但未找到密钥（{source}）。请从备份或其他窗口复制密钥文件，或联系信息部门。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="560"/>
        <source>The audit key in {source} (key id {key_id}) is not the one the audit trail is protected with (key id {chain_key_id}). Copy the right key file to this PC.</source>
        <translation>{source} 中的审计密钥（密钥编号 {key_id}）不是保护审计日志所用的密钥（密钥编号 {chain_key_id}）。请将正确的密钥文件复制到本机。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="565"/>
        <source>{anchor} is not an anchor of the audit trail: give the entry number, a colon and at least 16 characters of its hash, as a day-close report prints them.</source>
        <translation>{anchor} 不是审计日志的锚点：请按日结报表上的格式填写记录序号、冒号及其哈希值的至少 16 位。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="573"/>
        <source>The approval was given for {approved_amount}, not {amount}: the shift manager must approve this amount.</source>
        <translation>该授权的金额为 {approved_amount}，不是 {amount}，请值班长按此金额重新授权</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="11"/>
        <source>Please choose how the customer pays.</source>
        <translation>请选择支付方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="12"/>
        <source>The payment method is not valid.</source>
        <translation>支付方式无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="13"/>
        <source>The payment methods add up to {tenders_total}, which is not the payment amount {amount}.</source>
        <translation>各支付方式合计 {tenders_total} 与缴费金额 {amount} 不一致</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="17"/>
        <source>Cash can only be entered on one line.</source>
        <translation>现金只能填写一行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="20"/>
        <source>Enter the transaction reference (serial or voucher number) of a non-cash payment.</source>
        <translation>非现金支付请填写交易参考号（流水号/凭证号）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="24"/>
        <source>The transaction reference can be at most {max} characters.</source>
        <translation>交易参考号最长 {max} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="27"/>
        <source>Cash received {received} is less than the cash due {cash}.</source>
        <translation>实收现金 {received} 少于应收现金 {cash}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="30"/>
        <source>Leave cash received empty when nothing is paid in cash.</source>
        <translation>没有现金支付时不填写实收现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="33"/>
        <source>The payment confirmation number is not valid. Open the confirmation screen again.</source>
        <translation>缴费确认编号无效，请重新打开确认界面</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="41"/>
        <source>The satisfaction rating is not valid.</source>
        <translation>满意度评价无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="44"/>
        <source>Enter either the amount to spend or the volume to buy.</source>
        <translation>请输入购买金额或购买量中的一项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="47"/>
        <source>The volume must be more than zero, with at most three decimal places.</source>
        <translation>购买量应大于零，最多三位小数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="50"/>
        <source>This account is not a prepaid (IC card) account.</source>
        <translation>该户号不是预付费（IC卡）用户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="53"/>
        <source>At the tiered prices this exact amount cannot be bought; the amount that can be bought is {suggested}.</source>
        <translation>按阶梯价格无法恰好购买该金额，可购买金额为 {suggested}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="58"/>
        <source>The amount is too small to buy the smallest metered unit.</source>
        <translation>金额不足以购买最小计量单位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="61"/>
        <source>The tier or the prices have changed: this volume now costs {suggested}. Get a new quote.</source>
        <translation>阶梯位置或价格已变化，该购买量现需 {suggested}，请重新报价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="65"/>
        <source>This account has overdue bills and the late fee is at least ¥1.00: a partial payment must be at least {minimum}.</source>
        <translation>该户有逾期账单，违约金最低 ¥1.00：部分缴费金额至少为 {minimum}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="48"/>
        <source>{employee_no} still has a temporary password: they sign in and choose their own before they can approve.</source>
        <translation>{employee_no} 仍在使用临时密码：须先登录并设置自己的密码，才能授权。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="118"/>
        <source>Tier {tier}: its limits and price must be numbers.</source>
        <translation>第 {tier} 阶梯：起止用量和单价须为数字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="102"/>
        <source>A landline number with its area code has {min} to {max} digits, e.g. 0571-88886666; this one has {actual}.</source>
        <translation>固定电话连同区号应为 {min}–{max} 位数字（如 0571-88886666），现为 {actual} 位。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="107"/>
        <source>Say where the emergency is: the address, or the customer&apos;s account.</source>
        <translation>请说明紧急情况发生的地点：填写现场地址，或选择客户的户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="11"/>
        <source>There is no such service request.</source>
        <translation>没有这条业务受理记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="12"/>
        <source>This type of service is not in the catalogue.</source>
        <translation>业务目录中没有这种业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="15"/>
        <source>“{step}” is not possible now: the request is “{status}”.</source>
        <translation>现在不能“{step}”：该业务当前为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="18"/>
        <source>The request is “{status}”: it is closed and cannot change any more.</source>
        <translation>该业务已“{status}”，已经办结，不能再变更。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="21"/>
        <source>Only the request&apos;s owner ({owner}) or a manager can do “{step}”.</source>
        <translation>只有首问负责人（{owner}）或值班长可以“{step}”。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="25"/>
        <source>The request belongs to another hall.</source>
        <translation>该业务属于其他营业厅。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="26"/>
        <source>Another counter has just changed request {number} (it is now “{status}”). It has been shown again: check it and try once more.</source>
        <translation>业务 {number} 刚刚被其他窗口办理（现为“{status}”），已重新显示，请核对后再试。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="31"/>
        <source>“{type_name}” is no longer offered: the administrator has withdrawn it.</source>
        <translation>“{type_name}”已停办：系统管理员已将其停用。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="34"/>
        <source>“{type_name}” is not a service for this account&apos;s utility.</source>
        <translation>“{type_name}”不适用于该户的业务类别。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="37"/>
        <source>“{type_name}” is done for an account: choose the account first.</source>
        <translation>“{type_name}”需要针对户号办理：请先选择户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="40"/>
        <source>Account {account_number} is closed: it takes no new requests.</source>
        <translation>户号 {account_number} 已销户，不能再受理新业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="43"/>
        <source>Account {account_number} is suspended already.</source>
        <translation>户号 {account_number} 已经是暂停状态。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="46"/>
        <source>Account {account_number} is not in use yet: there is nothing to suspend.</source>
        <translation>户号 {account_number} 尚未通气使用，无需暂停。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="49"/>
        <source>Account {account_number} is not suspended: there is nothing to resume.</source>
        <translation>户号 {account_number} 不是暂停状态，无需恢复。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="52"/>
        <source>Account {account_number} still owes {amount}. The bills must be paid first.</source>
        <translation>户号 {account_number} 尚欠费 {amount}，请先结清账单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="56"/>
        <source>Account {account_number} has a credit of {balance}. Refund it at the payment screen first: an account is closed only with a zero balance.</source>
        <translation>户号 {account_number} 尚有余额 {balance}，请先在缴费界面办理退费：余额为零才能销户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="61"/>
        <source>The new owner already holds account {account_number}: nothing to transfer.</source>
        <translation>新户主已是户号 {account_number} 的户主，无需过户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="64"/>
        <source>The service fee of {fee} is not paid: take the fee before dispatching.</source>
        <translation>业务费 {fee} 尚未缴纳：请先收取业务费再派工。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="67"/>
        <source>There is no service fee to pay on this request.</source>
        <translation>该业务没有需要缴纳的业务费。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="70"/>
        <source>The manager who accepted request {number} cannot approve it: another manager must approve it.</source>
        <translation>受理业务 {number} 的值班长不能审核自己受理的业务，请由其他值班长审核。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="75"/>
        <source>Request {number} on this account is still open and changes the account too: finish or withdraw it first.</source>
        <translation>该户的业务 {number} 尚未办结，它同样会变更该户：请先办结或撤销。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="80"/>
        <source>The reading is below the last reading ({previous}).</source>
        <translation>读数小于上次读数（{previous}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="83"/>
        <source>Please describe the fault or what the customer asks for.</source>
        <translation>请填写故障情况或客户诉求。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="86"/>
        <source>The description is too long: at most {max} characters (now {actual}).</source>
        <translation>业务描述过长：最多 {max} 个字（现为 {actual} 个）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="89"/>
        <source>Please enter the address.</source>
        <translation>请填写地址。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="90"/>
        <source>“{name}” is not on this service&apos;s list of documents.</source>
        <translation>“{name}”不在该业务的材料清单中。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="93"/>
        <source>The queue ticket is too long: at most {max} characters.</source>
        <translation>排队号过长：最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="96"/>
        <source>Choose or enter the new owner of the account.</source>
        <translation>请选择或填写新户主。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="99"/>
        <source>The new name is the name the account has now.</source>
        <translation>新户名与现户名相同。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="102"/>
        <source>The new address is the supply address the account has now.</source>
        <translation>新地址与该户现在的地址相同。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="105"/>
        <source>Please enter the team sent out.</source>
        <translation>请填写派工班组。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="106"/>
        <source>The team&apos;s name is too long: at most {max} characters.</source>
        <translation>班组名称过长：最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="109"/>
        <source>Please write down what was done.</source>
        <translation>请填写处理情况。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="111"/>
        <source>This text is too long: at most {max} characters (now {actual}).</source>
        <translation>内容过长：最多 {max} 个字（现为 {actual} 个）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="114"/>
        <source>Choose how satisfied the customer is.</source>
        <translation>请选择客户的满意程度。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="120"/>
        <source>A ledger covers at most {max_days} days.</source>
        <translation>台账最多导出 {max_days} 天。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="123"/>
        <source>Account {account_number} is suspended: the suspended period is not billed. Resume the account first.</source>
        <translation>户号 {account_number} 已暂停：暂停期间不计费。请先办理恢复。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="128"/>
        <source>That alert no longer exists.</source>
        <translation>该提醒已不存在。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="129"/>
        <source>The code is 1 to {max} capital letters, digits or underscores, e.g. REPAIR.</source>
        <translation>业务代码为 1 至 {max} 位大写字母、数字或下划线，例如 REPAIR。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="133"/>
        <source>The code {code} is used already for this utility.</source>
        <translation>该业务类别已有代码 {code}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="136"/>
        <source>A service&apos;s code cannot be changed: add a new service instead.</source>
        <translation>业务代码不能修改：请新增一项业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="139"/>
        <source>A service&apos;s utility cannot be changed: add a new service instead.</source>
        <translation>业务所属类别不能修改：请新增一项业务。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="142"/>
        <source>Choose gas, electricity or water.</source>
        <translation>请选择燃气、电力或自来水。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="145"/>
        <source>Please enter the service&apos;s name.</source>
        <translation>请填写业务名称。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="146"/>
        <source>The name is too long: at most {max} characters.</source>
        <translation>业务名称过长：最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="149"/>
        <source>The document name “{name}” is too long: at most {max} characters.</source>
        <translation>材料名称“{name}”过长：最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="152"/>
        <source>A service asks for at most {max} documents.</source>
        <translation>一项业务最多要求 {max} 种材料。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="155"/>
        <source>The time limit is a whole number from {minimum} to {maximum}.</source>
        <translation>办结时限为 {minimum} 至 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/requests.py" line="158"/>
        <source>Choose what completing the service does to the account.</source>
        <translation>请选择该业务完工后对户的影响。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="765"/>
        <source>first investigation</source>
        <translation>初步调查</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="766"/>
        <source>solution proposed</source>
        <translation>提出处理方案</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="767"/>
        <source>solution carried out</source>
        <translation>处理方案落实</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="768"/>
        <source>result reported to the customer</source>
        <translation>向客户反馈结果</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="571"/>
        <source>This needs the shift manager&apos;s approval.</source>
        <translation>此操作需要值班长授权</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="339"/>
        <source>Not opened: the customer owes {total} on other accounts.</source>
        <translation>未开户：该客户其他户号欠费 {total}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="494"/>
        <source>The business day {business_date} cannot be closed: {count} shift(s) still open, at counter(s) {counters} ({clerks}).</source>
        <translation>营业日 {business_date} 不能日结：还有 {count} 个班次未结班，窗口 {counters}（{clerks}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="530"/>
        <source>{path} is open in another program, such as Excel: close it there and export again. Nothing was written.</source>
        <translation>{path} 正被其他程序（如 Excel）打开，请关闭后重新导出。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="70"/>
        <source>This confirmation number was already used for another payment. Open the confirmation screen again.</source>
        <translation>该确认编号已用于另一笔缴费，请重新打开确认界面</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="75"/>
        <source>Receipt {receipt_no} does not exist.</source>
        <translation>收据 {receipt_no} 不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="76"/>
        <source>The payment does not exist.</source>
        <translation>缴费记录不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="77"/>
        <source>The print record does not exist.</source>
        <translation>打印记录不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="78"/>
        <source>This receipt&apos;s printing is already registered; to print it again, use Reprint.</source>
        <translation>该收据已登记过打印，再次打印请使用补打</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="82"/>
        <source>This receipt has already been voided.</source>
        <translation>该收据已作废</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="83"/>
        <source>This receipt has been refunded ({refund_receipt_no}) and cannot be voided.</source>
        <translation>该收据已退费（{refund_receipt_no}），不能作废</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="86"/>
        <source>The account has a later payment {receipt_no}: void the newer payment first.</source>
        <translation>该户之后还有缴费 {receipt_no}，请先作废较新的缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="90"/>
        <source>Only receipts of this service hall can be voided.</source>
        <translation>只能作废本营业厅的收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="93"/>
        <source>Only today&apos;s payments can be voided: make a refund for an earlier day&apos;s payment.</source>
        <translation>只能作废当日的缴费，往日缴费请办理退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="97"/>
        <source>The day is closed, so the payment cannot be voided: make a refund instead.</source>
        <translation>当日已日结，不能作废，请办理退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="100"/>
        <source>A refund receipt cannot be refunded.</source>
        <translation>退费单不能再退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="101"/>
        <source>This receipt has been voided; no refund is needed.</source>
        <translation>该收据已作废，无需退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="104"/>
        <source>This receipt has already been refunded ({refund_receipt_no}).</source>
        <translation>该收据已退费（{refund_receipt_no}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="107"/>
        <source>The credit this payment left on the account has been used since (credit now {credit}, the refund needs {needed}), so the payment cannot be refunded in full.</source>
        <translation>该笔缴费形成的预存余额已被使用（现余额 {credit}，需退 {needed}），不能整笔退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/payments.py" line="113"/>
        <source>This transaction has already been rated.</source>
        <translation>该笔业务已评价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="11"/>
        <source>An employee number is 1 to 20 letters (A–Z) or digits.</source>
        <translation>工号为 1 至 20 位字母（A–Z）或数字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="14"/>
        <source>Please enter the name (up to 50 characters).</source>
        <translation>请输入姓名（最多 50 个字）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="17"/>
        <source>Clerks, managers and auditors belong to a hall: choose one.</source>
        <translation>柜员、值班长和稽核员须属于一个营业厅：请选择营业厅。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="20"/>
        <source>There is no hall with the code {hall}.</source>
        <translation>没有代码为 {hall} 的营业厅。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="21"/>
        <source>The employee number {employee_no} is already given to someone.</source>
        <translation>工号 {employee_no} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="24"/>
        <source>There is no user with the employee number {employee_no}.</source>
        <translation>没有工号为 {employee_no} 的用户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="27"/>
        <source>{employee_no} is the last active administrator; add another administrator first.</source>
        <translation>{employee_no} 是最后一位在用的系统管理员；请先添加另一位管理员。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="31"/>
        <source>Administrators cannot change their own role; another administrator must do it.</source>
        <translation>管理员不能更改自己的角色，须由另一位管理员办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="35"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="36"/>
        <source>The password must have at least {min} characters.</source>
        <translation>密码至少 {min} 位。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="39"/>
        <source>The password must not start or end with a space.</source>
        <translation>密码首尾不能有空格。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="42"/>
        <source>The password must not contain the employee number.</source>
        <translation>密码不能包含工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="45"/>
        <source>This password is too well known (the demo&apos;s among them); choose another.</source>
        <translation>此密码过于常见（含演示密码），请另选一个。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="53"/>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="56"/>
        <source>A hall code is a letter and 1 to 7 letters or digits, e.g. H01.</source>
        <translation>营业厅代码为一个字母加 1 至 7 位字母或数字，如 H01。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="59"/>
        <source>Please enter the hall&apos;s name.</source>
        <translation>请输入营业厅名称。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="60"/>
        <source>Please enter the hall&apos;s address.</source>
        <translation>请输入营业厅地址。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="61"/>
        <source>The hotline is a telephone number of digits, spaces, + and -.</source>
        <translation>服务热线为电话号码，只含数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="64"/>
        <source>A hall with the code {code} exists already.</source>
        <translation>代码为 {code} 的营业厅已存在。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="65"/>
        <source>There is no hall with the code {code}.</source>
        <translation>没有代码为 {code} 的营业厅。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="66"/>
        <source>A counter number is between 1 and {max}.</source>
        <translation>窗口号在 1 至 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="69"/>
        <source>A counter&apos;s name has up to 50 characters.</source>
        <translation>窗口名称最多 50 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="72"/>
        <source>The hall has a counter {number} already.</source>
        <translation>该营业厅已有 {number} 号窗口。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="75"/>
        <source>Please enter the tariff class (up to 20 characters).</source>
        <translation>请输入用户类别（最多 20 个字）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="78"/>
        <source>A price change takes effect today ({today}) or later, never in the past.</source>
        <translation>调价只能从今天（{today}）或以后生效，不能追溯到过去。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="81"/>
        <source>This deployment does not serve that utility kind.</source>
        <translation>本公司未开办该业务类别。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="84"/>
        <source>This class already has a tariff from {effective_from}.</source>
        <translation>该用户类别已有自 {effective_from} 起执行的价格。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="87"/>
        <source>This tariff took effect on {effective_from}: it cannot be changed, only superseded by a new tariff from a later date.</source>
        <translation>此价格已于 {effective_from} 生效，不能修改，只能以以后日期生效的新价格取代。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="92"/>
        <source>The tariff does not exist.</source>
        <translation>该价格不存在。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="93"/>
        <source>A tariff needs at least one tier.</source>
        <translation>价格至少要有一个阶梯。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="94"/>
        <source>A tariff has at most {max} tiers.</source>
        <translation>价格最多 {max} 个阶梯。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="95"/>
        <source>Tier 1 must start at 0.</source>
        <translation>第 1 阶梯须从 0 起。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="96"/>
        <source>Tier {tier} starts at {lower}, inside the tier before it, which ends at {expected}: tiers must not overlap.</source>
        <translation>第 {tier} 阶梯从 {lower} 起，落在上一阶梯（止于 {expected}）之内：阶梯不能重叠。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="101"/>
        <source>Tier {tier} starts at {lower} but the tier before it ends at {expected}: tiers must leave no gap.</source>
        <translation>第 {tier} 阶梯从 {lower} 起，而上一阶梯止于 {expected}：阶梯之间不能有空档。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="106"/>
        <source>Tier {tier} must end above where it starts (to 3 decimals).</source>
        <translation>第 {tier} 阶梯的上限须大于起点（最多 3 位小数）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="109"/>
        <source>Only the last tier has no upper limit; tier {tier} needs one.</source>
        <translation>只有最后一个阶梯可以不设上限；第 {tier} 阶梯须有上限。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="112"/>
        <source>The last tier must have no upper limit, so every volume has a price.</source>
        <translation>最后一个阶梯不能设上限，这样任何用量都有价格。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="115"/>
        <source>The price of tier {tier} must not be negative.</source>
        <translation>第 {tier} 阶梯的单价不能为负数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="121"/>
        <source>The price of tier {tier} has at most 4 decimals.</source>
        <translation>第 {tier} 阶梯的单价最多 4 位小数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="124"/>
        <source>The note has up to 200 characters.</source>
        <translation>备注最多 200 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="125"/>
        <source>{day} is already a day off.</source>
        <translation>{day} 已经是休息日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="126"/>
        <source>{day} is already a working day.</source>
        <translation>{day} 已经是工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="129"/>
        <source>{day} has no override to remove.</source>
        <translation>{day} 没有可删除的调整。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="130"/>
        <source>Enter {year}&apos;s holidays and make-up working days as overrides first.</source>
        <translation>请先将 {year} 年的节假日和调休工作日录入为日历调整。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="133"/>
        <source>There is no setting {key}.</source>
        <translation>没有参数 {key}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="134"/>
        <source>Please enter a number (whole, or yuan with at most 2 decimals).</source>
        <translation>请输入数字（整数，或最多 2 位小数的金额）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="137"/>
        <source>The value must be between {low} and {high}.</source>
        <translation>取值须在 {low} 至 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="140"/>
        <source>The largest payment ({maximum}) must be above the smallest ({minimum}).</source>
        <translation>单笔最高缴费（{maximum}）须高于最低缴费（{minimum}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="144"/>
        <source>Cash needing approval must start at or below the largest payment ({maximum}).</source>
        <translation>需授权的现金额度不能高于单笔最高缴费（{maximum}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="148"/>
        <source>Choose at least one utility kind the company serves.</source>
        <translation>请至少选择一项本公司开办的业务类别。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="151"/>
        <source>Please enter the company&apos;s name (up to 100 characters).</source>
        <translation>请输入公司名称（最多 100 个字）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="154"/>
        <source>The first hall needs 1 to {max} counters.</source>
        <translation>第一个营业厅须有 1 至 {max} 个窗口。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="155"/>
        <source>Enter at least one tariff.</source>
        <translation>请至少录入一个价格。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="182"/>
        <source>This database is set up already: sign in as its administrator.</source>
        <translation>此数据库已完成初始化：请以其管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="11"/>
        <source>There is no such complaint.</source>
        <translation>没有这件投诉。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="12"/>
        <source>Please write down what the complaint is about.</source>
        <translation>请填写投诉内容。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="15"/>
        <location filename="../../counter_app/views/templates/complaints.py" line="19"/>
        <source>This text is too long: at most {max_length} characters.</source>
        <translation>内容太长：最多 {max_length} 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="18"/>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="22"/>
        <source>The time the complaint was received cannot be in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="25"/>
        <source>This time cannot be in the future.</source>
        <translation>时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="26"/>
        <source>This time cannot be before {earliest}.</source>
        <translation>时间不能早于 {earliest}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="29"/>
        <source>An extension is {min} to {max} working days.</source>
        <translation>延期为 {min} 至 {max} 个工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="32"/>
        <source>The file “{filename}” is empty.</source>
        <translation>文件“{filename}”是空的。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="33"/>
        <source>The file “{filename}” is larger than {max_mb} MB.</source>
        <translation>文件“{filename}”超过 {max_mb} MB。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="36"/>
        <source>The file “{filename}” is not a photo or a PDF. Attach pictures or PDF only.</source>
        <translation>文件“{filename}”不是照片或 PDF，只能添加图片或 PDF 附件。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="39"/>
        <source>A complaint holds at most {max_count} attachments.</source>
        <translation>一件投诉最多 {max_count} 个附件。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="42"/>
        <source>Please choose one of the options.</source>
        <translation>请从选项中选择一项。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="43"/>
        <source>That account does not exist: search for it again.</source>
        <translation>该户号不存在，请重新查找。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="46"/>
        <source>Choose an active clerk or manager of this hall.</source>
        <translation>请选择本营业厅在岗的柜员或值班长。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="49"/>
        <source>A major complaint or an appeal is handled by a manager: choose a manager.</source>
        <translation>重大投诉和申诉由值班长负责处理，请选择值班长。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="52"/>
        <source>The complaint is handled by that person already.</source>
        <translation>该投诉已由此人负责。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="55"/>
        <location filename="../../counter_app/views/templates/requests.py" line="117"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="58"/>
        <source>Record “{missing}” first: the steps are recorded in order.</source>
        <translation>请先登记“{missing}”：各处理环节须按顺序登记。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="61"/>
        <source>“{kind}” is recorded already.</source>
        <translation>“{kind}”已经登记过了。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="62"/>
        <source>The deadline of “{kind}” passed at {due_at}: a deadline is extended only before it passes.</source>
        <translation>“{kind}”的期限已于 {due_at} 届满：延期只能在期限届满前申请。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="67"/>
        <source>“{kind}” is recorded already: there is nothing to extend.</source>
        <translation>“{kind}”已经完成，无需延期。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="70"/>
        <source>Complaint {number} is closed: nothing more can be recorded on it.</source>
        <translation>投诉 {number} 已办结，不能再登记。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="73"/>
        <source>Record “{missing}” first: the customer is told the result after the four steps.</source>
        <translation>请先登记“{missing}”：四个处理环节完成后才向客户反馈结果。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="77"/>
        <source>Record the feedback to the customer first; the callback comes after it.</source>
        <translation>请先登记向客户反馈的情况，之后才能回访。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="80"/>
        <source>The callback of complaint {number} is recorded already.</source>
        <translation>投诉 {number} 已经回访过了。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="83"/>
        <source>The complaint cannot be closed yet: record the resolution and the feedback.</source>
        <translation>暂不能办结：请先登记处理结果并向客户反馈。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="86"/>
        <source>The complaint cannot be closed yet: record how the customer was told.</source>
        <translation>暂不能办结：请登记向客户反馈的日期和方式。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="89"/>
        <source>The complaint cannot be closed yet: call the customer back first.</source>
        <translation>暂不能办结：请先回访客户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="92"/>
        <source>“{kind}” is not overdue: only an overdue step is chased.</source>
        <translation>“{kind}”没有超期，只有超期的环节才能催办。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="95"/>
        <source>Complaint {number} is handled by {owner_name}: only they or a manager can do this.</source>
        <translation>投诉 {number} 由{owner_name}负责：只有负责人或值班长可以办理此操作。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/complaints.py" line="99"/>
        <source>Complaint {number} belongs to another hall.</source>
        <translation>投诉 {number} 属于其他营业厅。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="625"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="626"/>
        <source>residence permit number</source>
        <translation>居住证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="627"/>
        <source>passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="628"/>
        <source>travel permit number</source>
        <translation>通行证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="630"/>
        <source>document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="632"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/personal_data.py" line="12"/>
        <source>The data key in {source} cannot be read (it must be 64 hexadecimal digits). Put back the key file from its backup or call the IT department.</source>
        <translation>{source} 中的数据密钥无法读取（须为 64 位十六进制数字）。请从备份恢复密钥文件，或联系信息部门。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/personal_data.py" line="17"/>
        <source>The customers&apos; personal data is protected with a data key and none was found ({source}). Copy the key file from its backup or from another counter of the hall, or call the IT department. The counter does not start without it.</source>
        <translation>客户个人信息受数据密钥保护，但未找到密钥（{source}）。请从备份或本厅其他柜台复制密钥文件，或联系信息部门。没有密钥，柜台无法启动。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/personal_data.py" line="23"/>
        <source>The data key in {source} (key id {key_id}) is not the one the customers&apos; personal data is protected with (key id {stored_key_id}). Copy the right key file to this PC; the counter does not start with another key.</source>
        <translation>{source} 中的数据密钥（密钥标识 {key_id}）不是保护客户个人信息的密钥（密钥标识 {stored_key_id}）。请将正确的密钥文件复制到本机；使用其他密钥时柜台无法启动。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/personal_data.py" line="29"/>
        <source>The data key comes from {source}, which the IT department sets: they rotate it there. Nothing was changed.</source>
        <translation>数据密钥来自 {source}，由信息部门设置，请由他们在那里更换。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="11"/>
        <source>{path} is not a Counter backup (or cannot be read).</source>
        <translation>{path} 不是本系统的备份文件（或无法读取）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="14"/>
        <source>This backup was made by a newer version of Counter (format {version}); install that version to restore it.</source>
        <translation>此备份由更新版本的系统制作（格式 {version}）；请安装该版本后再恢复。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="19"/>
        <source>The backup {path} is cut short (a copy was interrupted). Nothing was restored; take the file again from the backup folder or the off-site copy.</source>
        <translation>备份 {path} 不完整（复制曾被中断）。未恢复任何数据；请从备份文件夹或异地副本重新取得该文件。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="24"/>
        <source>The backup {path} was changed or is damaged: it does not prove genuine. Nothing was restored.</source>
        <translation>备份 {path} 已被改动或已损坏，无法证明其真实。未恢复任何数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="29"/>
        <source>This backup is of another database (company “{company}”, data key {backup_key_id}); this PC&apos;s data key is {key_id}. Nothing was restored.</source>
        <translation>此备份属于另一个数据库（单位“{company}”，数据密钥 {backup_key_id}）；本机的数据密钥是 {key_id}。未恢复任何数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="34"/>
        <source>This backup was made with the data key {backup_key_id}, and this PC has the data key {key_id}. Put back the data key the backup was made with (from where the key is kept, apart from the backups); nothing was restored.</source>
        <translation>此备份用数据密钥 {backup_key_id} 制作，而本机的数据密钥是 {key_id}。请从与备份分开保管密钥之处放回制作备份时的数据密钥；未恢复任何数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="40"/>
        <source>There is no data key on this PC: backups are encrypted with it and useless without it. Copy the key file from where it is kept or call the IT department.</source>
        <translation>本机没有数据密钥：备份用它加密，没有它备份无法使用。请从保管处复制密钥文件，或联系信息技术部门。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="45"/>
        <source>This is a backup of a {backend} database; it cannot be restored into this {live} database.</source>
        <translation>这是 {backend} 数据库的备份，不能恢复到本 {live} 数据库。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="50"/>
        <source>This backup was made by a newer version of Counter (schema {revision}); install that version to restore it.</source>
        <translation>此备份由更新版本的系统制作（结构版本 {revision}）；请安装该版本后再恢复。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="55"/>
        <source>The backup failed its check: table {table} has {found} rows in the restored copy, {expected} in the database. The backup is not kept.</source>
        <translation>备份未通过校验：恢复副本中表 {table} 有 {found} 行，数据库中有 {expected} 行。该备份未保留。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="60"/>
        <source>The backup failed its check: the audit trail of the restored copy ends at {found}, the database&apos;s at {expected}. The backup is not kept.</source>
        <translation>备份未通过校验：恢复副本的审计日志止于 {found}，数据库的止于 {expected}。该备份未保留。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="65"/>
        <source>The audit trail in the backup does not verify with this PC&apos;s audit key from entry {entry} on (another company&apos;s backup, another audit key, or a changed trail): the backup is refused and nothing was restored.</source>
        <translation>备份中的审计日志从第 {entry} 条起无法用本机的审计密钥验证（其他单位的备份、审计密钥不同或日志被改动）：该备份被拒绝，未恢复任何数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="71"/>
        <source>{tool} is not installed on this PC: a PostgreSQL database is backed up and restored with the server&apos;s client tools (pg_dump, pg_restore, psql). Install them or ask the IT department.</source>
        <translation>本机未安装 {tool}：PostgreSQL 数据库用服务器的客户端工具（pg_dump、pg_restore、psql）备份和恢复。请安装这些工具或联系信息技术部门。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="77"/>
        <source>The backup could not be made: {tool} reported: {detail}</source>
        <translation>无法完成备份：{tool} 报告：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="80"/>
        <source>The folder {path} cannot be written ({detail}).</source>
        <translation>无法写入文件夹 {path}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="83"/>
        <source>An in-memory database has nothing to back up.</source>
        <translation>内存数据库没有可备份的内容。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/backups.py" line="86"/>
        <source>Enter a folder&apos;s full path (for example D:\Backups), or leave it empty.</source>
        <translation>请输入文件夹的完整路径（例如 D:\Backups），或留空。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/boundaries.py" line="12"/>
        <source>The text contains an invisible control character ({character}) at position {position}, or a line break where only one line is allowed. Delete it and type the text again.</source>
        <translation>文字中第 {position} 个字符是不可见的控制字符（{character}），或在只能填一行的地方有换行。请删除后重新输入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/boundaries.py" line="18"/>
        <source>The text is too long: {length} characters, at most {max_length} are allowed here.</source>
        <translation>文字过长：共 {length} 个字，此处最多 {max_length} 个字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/boundaries.py" line="22"/>
        <source>This belongs to service hall {hall}. Another hall may find the customer and take a payment, but only hall {hall} shows the full record, changes it, reprints or takes back its documents, and handles its requests and complaints.</source>
        <translation>此记录属于营业厅 {hall}。其他营业厅可以查询客户并收费，但完整资料的查看与修改、票据的补打与冲正退费、业务受理单和投诉的处理，只能由营业厅 {hall} 办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/boundaries.py" line="28"/>
        <source>The amount due is now {amount}: the bills of this account changed while the screen was open (a payment at another counter, or a new bill). Nothing was taken.</source>
        <translation>现应缴 {amount}：本界面打开期间该户账单已有变动（其他窗口已收费，或出了新账单）。本次未收款。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/outage.py" line="12"/>
        <source>The connection to the database broke while it was saving: whether it was saved is not known yet. Look it up again once the connection is back before doing it again.</source>
        <translation>保存时与数据库的连接中断：尚不清楚是否已保存。请在连接恢复后先查看一下，再决定是否重做。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/outage.py" line="17"/>
        <source>Another counter is working on the same record: nothing was saved. Try again in a moment.</source>
        <translation>另一柜台正在处理同一记录：未保存任何内容。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/rights.py" line="12"/>
        <source>This customer&apos;s personal data was erased at their request: nothing personal is left to copy or erase.</source>
        <translation>该客户的个人信息已应其申请删除，已无个人信息可出具或删除。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/rights.py" line="17"/>
        <source>An organisation&apos;s record is not personal data and is not erased; correct its contact person and phone instead.</source>
        <translation>单位客户资料不属于个人信息，不予删除；如需变更，请更正其联系人和电话。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/rights.py" line="22"/>
        <source>The customer still holds {count} account(s) that are not closed ({accounts}): close them or transfer them to a new holder first.</source>
        <translation>该客户仍有 {count} 个未销户的户号（{accounts}）：请先办理销户或过户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/rights.py" line="27"/>
        <source>The customer still owes {amount} on their bills: it must be paid first.</source>
        <translation>该客户尚欠费 {amount}，须先结清。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/rights.py" line="30"/>
        <source>{amount} of credit is still held for the customer: refund it first, which needs their details.</source>
        <translation>该客户尚有余额 {amount}：请先办理退费（退费需要客户信息）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/rights.py" line="35"/>
        <source>{count} service request(s) of the customer are still open ({numbers}): they must be finished or withdrawn first.</source>
        <translation>该客户尚有 {count} 笔业务未办结（{numbers}）：须先办结或撤销。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/rights.py" line="40"/>
        <source>{count} complaint(s) of the customer are still open ({numbers}): they must be closed first.</source>
        <translation>该客户尚有 {count} 件投诉未办结（{numbers}）：须先办结。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/rights.py" line="45"/>
        <source>The reason must not contain the customer&apos;s name, ID number or phone: the audit trail keeps it for good. Describe the request without them.</source>
        <translation>申请事由中不得含有客户的姓名、证件号码或手机号码（审计日志将永久保存该事由），请不用这些信息描述申请。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="157"/>
        <source>The setup file {path} cannot be read: check that it is there and saved as UTF-8.</source>
        <translation>无法读取初始化配置文件 {path}：请确认文件存在，并以 UTF-8 编码保存。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="156"/>
        <source>The setup file is not valid TOML: {detail}</source>
        <translation>初始化配置文件不是有效的 TOML 格式：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="161"/>
        <source>The setup file has no {where} table.</source>
        <translation>初始化配置文件缺少 {where} 一节。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="162"/>
        <source>In the setup file, {where} is missing or is not text in quotes.</source>
        <translation>初始化配置文件中 {where} 缺失，或不是加引号的文字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="165"/>
        <source>In the setup file, {where} = {value} is not a number.</source>
        <translation>初始化配置文件中 {where} = {value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="168"/>
        <source>In the setup file, {where} = {value} is no utility kind (gas, electricity or water).</source>
        <translation>初始化配置文件中 {where} = {value} 不是业务类别（gas、electricity 或 water）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="172"/>
        <source>In the setup file, {where} must be a date such as 2026-01-01.</source>
        <translation>初始化配置文件中 {where} 须为日期，如 2026-01-01。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="175"/>
        <source>In the setup file, {where} needs a price.</source>
        <translation>初始化配置文件中 {where} 缺少单价（price）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="176"/>
        <source>In the setup file, {where} must be a whole number.</source>
        <translation>初始化配置文件中 {where} 须为整数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/templates/admin.py" line="179"/>
        <source>In the setup file, {where} must be a list of tariffs.</source>
        <translation>初始化配置文件中 {where} 须为价格表的列表。</translation>
    </message>
</context>
<context>
    <name>MeterReadingDialog</name>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="128"/>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="133"/>
        <source>Enter reading</source>
        <translation>录入读数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="134"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="137"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="152"/>
        <source>Account number</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="156"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="173"/>
        <source>e.g. 1234.5</source>
        <translation>例如 1234.5</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="178"/>
        <source>Enter reading and bill</source>
        <translation>录入读数并出账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="189"/>
        <source>Account number:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="191"/>
        <source>Reading date:</source>
        <translation>抄表日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="192"/>
        <source>Reading:</source>
        <translation>本次读数：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="195"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="221"/>
        <source>Your role cannot enter meter readings.</source>
        <translation>您的角色无权录入抄表读数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="226"/>
        <source>Tier</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="226"/>
        <source>Tier {n}</source>
        <translation>第{n}阶梯</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="228"/>
        <source>Volume ({unit})</source>
        <translation>用量（{unit}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="228"/>
        <source>Volume</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="232"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="233"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="249"/>
        <source>Account number {number} does not belong to this account.</source>
        <translation>户号 {number} 不属于该账户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="285"/>
        <source>{number}  {name}  {address}</source>
        <translation>{number}  {name}  {address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="293"/>
        <source>Previous reading {reading} {unit} on {date}.</source>
        <translation>上次读数 {reading} {unit}（{date}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="301"/>
        <source>No reading yet: this one is the meter&apos;s starting point and makes no bill.</source>
        <translation>尚无读数：本次读数作为表计起始读数，不出账单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="305"/>
        <source>The account is closed: it takes no new readings.</source>
        <translation>该户已销户，不能再录入读数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="308"/>
        <source>Prepaid account: readings are not billed.</source>
        <translation>预付费户：读数不出账单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="338"/>
        <source>Below the previous reading {previous}.</source>
        <translation>低于上次读数 {previous}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="344"/>
        <source>Usage since {date}: {usage} {unit}</source>
        <translation>自 {date} 起用量：{usage} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="383"/>
        <source>Starting reading {reading} of {number} stored on {date}. The next reading will be billed from it.</source>
        <translation>已保存 {number} 的起始读数 {reading}（{date}），下次读数将从此起算出账。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="400"/>
        <source>Bill {number} for {period}, account {account}</source>
        <translation>账单 {number}，账期 {period}，户号 {account}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="404"/>
        <source>Previous {previous} ({previous_on}) → current {current} ({current_on})</source>
        <translation>上次 {previous}（{previous_on}）→ 本次 {current}（{current_on}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="411"/>
        <source>Usage {usage} {unit}; used earlier this year {before} {unit}</source>
        <translation>用量 {usage} {unit}；本年此前已用 {before} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="420"/>
        <source>Amount {amount}, due {due}</source>
        <translation>金额 {amount}，缴费截止 {due}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="431"/>
        <source>An .xlsx file (first sheet) or a .csv file (UTF-8 or GBK). The header row names the columns 户号 (account_number), 抄表日期 (read_on) and 本次读数 (reading); other columns are ignored. Every row is checked first: if any row has a problem, nothing is imported.</source>
        <translation>.xlsx 文件（第一个工作表）或 .csv 文件（UTF-8 或 GBK 编码）。表头行须包含 户号、抄表日期、本次读数 三列，其余列忽略。导入前逐行检查：任何一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="439"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="441"/>
        <source>Check only, do not import</source>
        <translation>仅检查，不导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="444"/>
        <source>Import this file</source>
        <translation>导入此文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="447"/>
        <source>Save a blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="462"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="476"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="477"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="479"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="497"/>
        <source>Only a hall manager can import meter readings.</source>
        <translation>只有营业厅主管可以导入抄表数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="516"/>
        <source>Choose a meter readings file</source>
        <translation>选择抄表数据文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="518"/>
        <source>Meter readings (*.xlsx *.csv)</source>
        <translation>抄表数据 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="528"/>
        <source>Save a blank meter readings template</source>
        <translation>保存空白抄表数据模板</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="529"/>
        <source>meter-readings.xlsx</source>
        <translation>抄表数据模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="530"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="538"/>
        <source>The template could not be saved: {error}</source>
        <translation>模板未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="543"/>
        <source>Template saved to {path}.</source>
        <translation>模板已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="563"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="563"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="576"/>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="607"/>
        <source>{file} ({rows} rows)</source>
        <translation>{file}（{rows} 行）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="612"/>
        <source>{n} repeated row(s) counted once.</source>
        <translation>{n} 行重复数据，只计一次。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="621"/>
        <source>{n} problem(s) found. Nothing was imported: correct the rows below and import the file again.</source>
        <translation>发现 {n} 处问题，未导入任何数据：请改正下列各行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="629"/>
        <source>Imported: {readings} readings, {bills} bills totalling {total}, {baselines} starting readings (no bill).</source>
        <translation>已导入：{readings} 条读数，{bills} 张账单，合计 {total}，{baselines} 条起始读数（不出账）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="644"/>
        <source>Check passed. Importing would create {bills} bills totalling {total} and {baselines} starting readings. Nothing has been imported yet.</source>
        <translation>检查通过。导入将生成 {bills} 张账单，合计 {total}，以及 {baselines} 条起始读数。尚未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>NewOwnerPicker</name>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="55"/>
        <source>ID no., mobile or name</source>
        <translation>证件号、手机号或姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="57"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="63"/>
        <source>New customer (not yet known)</source>
        <translation>新客户（尚未建档）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="74"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="75"/>
        <source>Resident ID no.:</source>
        <translation>居民身份证号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="76"/>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="77"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="103"/>
        <source>Type an ID number, a mobile number or a name.</source>
        <translation>请输入证件号、手机号或姓名。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="119"/>
        <source>{n} customers found; choose the new owner.</source>
        <translation>找到 {n} 位客户，请选择新户主。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/owner_picker.py" line="123"/>
        <source>No other customer found. Tick “New customer” to enter the new owner.</source>
        <translation>未找到其他客户。请勾选“新客户”录入新户主。</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="162"/>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="192"/>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="172"/>
        <source>I have read the handover and take over its open items</source>
        <translation>我已阅读交接内容，并接手其中的未办事项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="177"/>
        <source>Opening float, counted by denomination</source>
        <translation>备用金（按面额清点）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="183"/>
        <source>e.g. 500.00</source>
        <translation>例如 500.00</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="185"/>
        <source>Or the float without counting:</source>
        <translation>或不清点，直接填写备用金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="205"/>
        <source>Tick the handover to confirm you have read it.</source>
        <translation>请勾选确认已阅读交接内容。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="48"/>
        <source>Calendar override</source>
        <translation>日历调整</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="53"/>
        <source>&amp;Holiday (day off)</source>
        <translation>节假日（休息）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="55"/>
        <source>&amp;Make-up working day (调休)</source>
        <translation>调休工作日(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="68"/>
        <source>e.g. Spring Festival, by the State Council notice</source>
        <translation>如：春节（国务院通知）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="69"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="70"/>
        <source>Marked as:</source>
        <translation>标记为：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/calendar_page.py" line="71"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="221"/>
        <source>Opening float, e.g. 500.00</source>
        <translation>备用金，例如 500.00</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="223"/>
        <source>Open shift (F8)</source>
        <translation>开班（F8）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="233"/>
        <source>Account number, bill or receipt barcode, phone (F3)</source>
        <translation>户号、账单或收据条码、手机号（F3）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="243"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="244"/>
        <source>Bill</source>
        <translation>账单金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="245"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="246"/>
        <source>Outstanding</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="247"/>
        <source>Due date</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="248"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="249"/>
        <source>Late fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="262"/>
        <source>Waive late fee (F4)</source>
        <translation>减免违约金（F4）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="264"/>
        <source>Meter readings (F7)</source>
        <translation>抄表 (F7)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="275"/>
        <source>Volume (prepaid)</source>
        <translation>购买量（预付费）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="283"/>
        <source>Tenders (leave empty to take everything in cash)</source>
        <translation>支付方式（不填则全部按现金收取）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="246"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="247"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="248"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="249"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="250"/>
        <source>Transfer / cheque</source>
        <translation>转账/支票</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="297"/>
        <source>Reference number</source>
        <translation>交易参考号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="310"/>
        <source>Amount to pay:</source>
        <translation>缴费金额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="314"/>
        <source>Volume:</source>
        <translation>购买量：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="315"/>
        <source>Cash received:</source>
        <translation>实收现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="321"/>
        <source>Confirm payment (F12)</source>
        <translation>确认收费（F12）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="335"/>
        <source>Reprint receipt (F10)</source>
        <translation>补打收据（F10）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="337"/>
        <source>Void receipt (F11)</source>
        <translation>冲正收据（F11）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="339"/>
        <source>Refund receipt (Shift+F11)</source>
        <translation>退费（Shift+F11）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="342"/>
        <source>Print waiting receipts</source>
        <translation>打印待补打收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="349"/>
        <source>Preview last receipt (F9)</source>
        <translation>预览上一张收据（F9）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="455"/>
        <source>Shift open since {time}, business date {date}, counter {n}.</source>
        <translation>已于 {time} 开班，营业日 {date}，{n} 号窗口。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="463"/>
        <source>No shift is open. Count the opening float and open your shift first.</source>
        <translation>尚未开班。请先清点备用金并开班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="499"/>
        <source>Last payment: receipt {number}, account {account}, {amount}, {time}</source>
        <translation>上一笔缴费：收据 {number}，户号 {account}，{amount}，{time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="512"/>
        <source>No receipt to preview yet.</source>
        <translation>还没有可预览的收据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="520"/>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="530"/>
        <source>{n} receipt(s) waiting to be printed.</source>
        <translation>有 {n} 张收据等待打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="557"/>
        <source>No account found for {query}.</source>
        <translation>未找到与“{query}”对应的户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="559"/>
        <source>Several accounts match: type the account number or scan the bill.</source>
        <translation>匹配到多个户号：请输入完整户号或扫描账单条码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="609"/>
        <source>prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="609"/>
        <source>postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="618"/>
        <source>{number}  {name}  {address}  ({mode}, credit {credit})</source>
        <translation>{number}  {name}  {address}（{mode}，余额 {credit}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="642"/>
        <source>Due: {total}  (bills {principal} + late fee {fee})</source>
        <translation>应缴：{total}（账单 {principal} + 违约金 {fee}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="654"/>
        <source>Late fees under {minimum} are charged as {minimum}: the bills&apos; late fees of {fees} become {charged}.</source>
        <translation>违约金不足 {minimum} 按 {minimum} 收取：各账单违约金合计 {fees}，收取 {charged}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="709"/>
        <source>Waive the late fee of {fee} on account {number}.</source>
        <translation>减免户号 {number} 的违约金 {fee}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="736"/>
        <source>late fee waived: {fee}</source>
        <translation>已减免违约金：{fee}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="760"/>
        <source>{amount} buys {volume} {unit}</source>
        <translation>{amount} 可购买 {volume} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="779"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="866"/>
        <source>Invalid volume.</source>
        <translation>购买量无效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="792"/>
        <source>{volume} {unit} costs {amount}</source>
        <translation>{volume} {unit} 需缴 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="831"/>
        <source>Short by {amount}</source>
        <translation>实收不足，还差 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="835"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="940"/>
        <source>Change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="898"/>
        <source>Cash payment of {amount} on account {number}: above the cash limit.</source>
        <translation>户号 {number} 现金缴费 {amount}，超出现金限额。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="909"/>
        <source>Cash above the limit needs a manager&apos;s approval: the payment was not taken.</source>
        <translation>超出限额的现金缴费须经值班长授权：本笔缴费未收取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="925"/>
        <source>Paid. Receipt {number}, amount {amount}.</source>
        <translation>收费成功。收据号 {number}，金额 {amount}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="930"/>
        <source>Give change: {change}</source>
        <translation>请找零：{change}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="932"/>
        <source>Balance after payment: {balance}</source>
        <translation>缴费后余额：{balance}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="937"/>
        <source>The receipt did not print; it waits in the reprint queue.</source>
        <translation>收据未能打印，已进入待补打队列。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="124"/>
        <source>Reprint receipt</source>
        <extracomment>The receipt shown, once a number has been looked up.</extracomment>
        <translation>补打收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="322"/>
        <source>A reprint needs a reason.</source>
        <translation>补打必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="125"/>
        <source>Void receipt</source>
        <translation>冲正收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="325"/>
        <source>A void needs a reason.</source>
        <translation>冲正必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="126"/>
        <source>Refund receipt</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="328"/>
        <source>A refund needs a reason.</source>
        <translation>退费必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="61"/>
        <source>Taking the payment…</source>
        <translation>正在收款…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="88"/>
        <source>The database cannot be reached: the payment was NOT taken and nothing was saved. Do not keep the customer&apos;s money as paid; try again when the connection is back.</source>
        <translation>无法连接数据库：本笔缴费未成功，没有保存任何内容。客户的钱不能按已缴处理；网络恢复后请重新收费。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="106"/>
        <source>The amount due is now {due}. Take {amount} as typed anyway?</source>
        <translation>现应缴 {due}。仍按输入的 {amount} 收款吗？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="110"/>
        <source>{credit} of it becomes credit on the account.</source>
        <translation>其中 {credit} 将作为该户预存。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="114"/>
        <source>It goes to the bills as they are now, oldest first.</source>
        <translation>该款项按现有账单从最早的开始冲抵。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="119"/>
        <source>The amount due has changed</source>
        <translation>应缴金额已变动</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="133"/>
        <source>The connection broke while the payment was being saved: it is not known yet whether it was taken. Keep the customer&apos;s money apart and do not take it again. This screen asks the database as soon as it answers and tells you here.</source>
        <translation>保存缴费时连接中断：尚不清楚这笔缴费是否已收取。请把客户的钱单独放好，不要再次收取。数据库一恢复应答，本界面会自动查询并在此告诉您结果。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="158"/>
        <source>The database answers again: the payment was NOT taken (the connection broke before it was saved) and nothing was booked. Confirm again to take it.</source>
        <translation>数据库已恢复：这笔缴费未收取（连接在保存前中断），没有记入任何账目。请再次确认收款。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_outcome.py" line="171"/>
        <source>The database answers again: the payment WAS taken before the connection broke. Do not take it again.</source>
        <translation>数据库已恢复：这笔缴费在连接中断前已收取。请勿重复收取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="99"/>
        <source>Reprint {n} of receipt {number} made.</source>
        <translation>已补打收据 {number}（第 {n} 次补打）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="122"/>
        <source>Still no printer: the receipts keep waiting.</source>
        <translation>打印机仍不可用：收据继续在补打队列中等待。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="159"/>
        <source>Void receipt {number}: {reason}</source>
        <translation>冲正收据 {number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="174"/>
        <source>Use Refund (Shift+F11) for this receipt.</source>
        <translation>此收据请用退费（Shift+F11）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="185"/>
        <source>Receipt {number} voided; its bills are unpaid again.</source>
        <translation>收据 {number} 已冲正，其账单恢复为未缴。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="190"/>
        <source>The void slip has printed.</source>
        <translation>冲正单已打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="193"/>
        <source>The void slip did not print; its PDF waits at {path}.</source>
        <translation>冲正单未能打印，其 PDF 保存在 {path}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="209"/>
        <source>Refund receipt {number} in full, the way it was paid: {reason}</source>
        <translation>按原支付方式全额退还收据 {number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="233"/>
        <source>Receipt {original} refunded with refund receipt {number}.</source>
        <translation>收据 {original} 已退费，退费收据号 {number}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="236"/>
        <source>Give back to the customer: {amount}</source>
        <translation>应退还客户：{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_actions.py" line="242"/>
        <source>The refund receipt did not print; it waits in the reprint queue.</source>
        <translation>退费收据未能打印，已进入补打队列等待。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="121"/>
        <location filename="../../counter_app/views/pages.py" line="246"/>
        <source>This area is not built yet.</source>
        <translation>此功能区尚未建成。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../counter_app/views/translation.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/translation.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="93"/>
        <source>refunded by {number}</source>
        <translation>已由 {number} 退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="134"/>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="317"/>
        <source>Type or scan the receipt number</source>
        <translation>输入或扫描收据号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="143"/>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="155"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="144"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="145"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="146"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="147"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="172"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="173"/>
        <source>Account:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="174"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="175"/>
        <source>Paid at:</source>
        <translation>缴费时间：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="176"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="179"/>
        <source>&amp;Reason for the reprint:</source>
        <translation>补打原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="180"/>
        <source>&amp;Reason for the void:</source>
        <translation>冲正原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="181"/>
        <source>&amp;Reason for the refund:</source>
        <translation>退费原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="191"/>
        <source>Receipt &amp;number:</source>
        <translation>收据号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="194"/>
        <source>This &amp;shift&apos;s receipts:</source>
        <translation>本班收据(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="201"/>
        <source>Re&amp;print</source>
        <translation>补打(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="202"/>
        <source>&amp;Void...</source>
        <translation>冲正(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="203"/>
        <source>Re&amp;fund...</source>
        <translation>退费(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../counter_app/views/reports/reports_page.py" line="58"/>
        <source>Dashboard</source>
        <translation>运营看板</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/reports_page.py" line="61"/>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/reports/reports_page.py" line="65"/>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../counter_app/views/requests/reprint_dialog.py" line="39"/>
        <source>Reprint: {number}</source>
        <extracomment>Sends the reprint; None when done, else the message to show.</extracomment>
        <translation>补打：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/reprint_dialog.py" line="49"/>
        <source>Document:</source>
        <translation>单据：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/reprint_dialog.py" line="50"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/reprint_dialog.py" line="52"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/reprint_dialog.py" line="61"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>RequestDetailView</name>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="122"/>
        <source>Back to list (Esc)</source>
        <extracomment>Refusals that mean the screen shows an older state of the request than there is. The documents a request may have printed, for 补打.</extracomment>
        <translation>返回列表 (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="131"/>
        <source>EMERGENCY</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="152"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="154"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="157"/>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="158"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="163"/>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="193"/>
        <source>Request</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="200"/>
        <source>Service:</source>
        <translation>业务类型：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="200"/>
        <source>Named owner:</source>
        <translation>首问负责人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="201"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="201"/>
        <source>Account:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="202"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="202"/>
        <source>Queue ticket:</source>
        <translation>叫号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="203"/>
        <source>Accepted:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="203"/>
        <source>Deadline:</source>
        <translation>办结期限：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="204"/>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="204"/>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="205"/>
        <source>Documents in:</source>
        <translation>已收资料：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="205"/>
        <source>Missing:</source>
        <translation>缺少资料：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="206"/>
        <source>Change asked:</source>
        <translation>变更内容：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="206"/>
        <source>Fee:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="207"/>
        <source>Description:</source>
        <translation>业务描述：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="207"/>
        <source>Outcome:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="216"/>
        <source>Holders:</source>
        <translation>历任户主：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="232"/>
        <source>Take fee</source>
        <translation>收取业务费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="233"/>
        <source>Reprint…</source>
        <translation>补打…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="235"/>
        <source>Print status slip</source>
        <translation>打印进度单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="238"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="284"/>
        <source>{status}, overdue</source>
        <translation>{status}，已超时</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="298"/>
        <source>starts when the documents are complete</source>
        <translation>资料齐全后开始计算</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="323"/>
        <source>New owner: {new} (was {old})</source>
        <translation>新户主：{new}（原 {old}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="329"/>
        <source>New name: {new} (was {old})</source>
        <translation>新户名：{new}（原 {old}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="335"/>
        <source>New address: {new} (was {old})</source>
        <translation>新地址：{new}（原 {old}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="350"/>
        <source>{name} since {start}</source>
        <translation>{name}（{start} 起）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="354"/>
        <source>{name} {start} to {end}</source>
        <translation>{name}（{start} 至 {end}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="360"/>
        <source> (by {number})</source>
        <translation>（经 {number}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="367"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="369"/>
        <source>{fee}, paid (receipt {receipt})</source>
        <translation>{fee}，已缴（收据 {receipt}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="372"/>
        <source>{fee}, not paid yet</source>
        <translation>{fee}，未缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="378"/>
        <source>Approved by {name} at {at}</source>
        <translation>{name} 于 {at} 审核通过</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="383"/>
        <source>Completed at {at}</source>
        <translation>{at} 完工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="386"/>
        <source>Customer: {satisfaction}</source>
        <translation>客户评价：{satisfaction}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="391"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="402"/>
        <source>Approve and dispatch</source>
        <translation>审核并派工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="466"/>
        <source>This request needs a manager&apos;s approval before it is dispatched.</source>
        <translation>此业务派工前需主管审核。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="499"/>
        <source>{type} {number}: the manager approves the request before it is dispatched.</source>
        <translation>{type} {number}：主管审核通过后派工。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="513"/>
        <source>{step} done: {status}.</source>
        <translation>{step}完成：{status}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/detail_view.py" line="521"/>
        <source>No holiday data for {years}: the deadline counts Monday to Friday only.</source>
        <translation>{years} 年无节假日数据：期限仅按周一至周五计算。</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../counter_app/views/labels.py" line="132"/>
        <source>Approve a service request</source>
        <translation>业务审核</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="223"/>
        <source>Request status slip</source>
        <translation>业务进度单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="280"/>
        <source>Documents complete</source>
        <translation>资料补齐</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="281"/>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="282"/>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="283"/>
        <source>Complete</source>
        <translation>完工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="284"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="285"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="286"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="287"/>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="296"/>
        <source>A team will be sent.</source>
        <translation>即将派工。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="298"/>
        <source>Bring the missing documents; the deadline starts when they are in.</source>
        <translation>请补齐所缺资料，资料齐全后开始计算办结期限。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="301"/>
        <source>A manager checks the request, then a team is sent.</source>
        <translation>主管审核后派工。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="304"/>
        <source>A team has been sent and will start the work.</source>
        <translation>已派工，班组将开始处理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="307"/>
        <source>The work is being done.</source>
        <translation>正在处理中。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="308"/>
        <source>The work is done; we will call to ask how it went.</source>
        <translation>已完工，我们将电话回访。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="311"/>
        <source>Finished; the request will be filed.</source>
        <translation>已办结，即将归档。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="316"/>
        <source>Closed: nothing more to do.</source>
        <translation>已关闭，无需再办理。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="323"/>
        <source>My requests</source>
        <translation>我的业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="324"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="325"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="326"/>
        <source>Awaiting callback</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="329"/>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="330"/>
        <source>All requests</source>
        <translation>全部业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="338"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="339"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="340"/>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="343"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>RequestScreens</name>
    <message>
        <location filename="../../counter_app/views/requests/common.py" line="25"/>
        <source>{n} hours, round the clock</source>
        <translation>{n} 小时（全天候）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/common.py" line="28"/>
        <source>{n} working days</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/common.py" line="36"/>
        <source>{what} printed on {printer}.</source>
        <translation>{what}已在 {printer} 打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/common.py" line="40"/>
        <source>{what} was not printed (no printer available); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（无可用打印机），已进入补打队列。PDF 副本：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/common.py" line="46"/>
        <source>{what} was not printed ({problem}); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（{problem}），已进入补打队列。PDF 副本：{path}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="107"/>
        <source>Request no. or scan the work order</source>
        <extracomment>The lists, in the order of their tabs.</extracomment>
        <translation>输入受理单号或扫描工单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="112"/>
        <source>New request (Ctrl+N)</source>
        <translation>业务受理 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="116"/>
        <source>How is my request? (F3)</source>
        <translation>进度查询 (F3)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="118"/>
        <source>Ledger…</source>
        <translation>台账…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="121"/>
        <source>Refresh (F9)</source>
        <translation>刷新 (F9)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="186"/>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="187"/>
        <source>EMERGENCY</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="190"/>
        <source>Request no.</source>
        <translation>受理单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="191"/>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="192"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="193"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="195"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="197"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="199"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="204"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="234"/>
        <source>{n} requests in “{list}”.</source>
        <translation>“{list}”共 {n} 笔。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/requests_page.py" line="238"/>
        <source>{n} overdue (red).</source>
        <translation>其中 {n} 笔已超时（红色）。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="105"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="108"/>
        <source>A temporary password for {name} [{no}]. They must choose their own at the next sign-in; a lock on the account is lifted.</source>
        <translation>为 {name} [{no}] 设置临时密码。其下次登录时须改为自己的密码；账号锁定随之解除。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="113"/>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="475"/>
        <source>Account opened</source>
        <translation>开户完成</translation>
    </message>
</context>
<context>
    <name>RightsButton</name>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="296"/>
        <source>Personal data…</source>
        <translation>个人信息…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="306"/>
        <source>Copy of personal data…</source>
        <translation>出具个人信息副本…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="309"/>
        <source>Erase on request…</source>
        <translation>应客户申请删除…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="333"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
</context>
<context>
    <name>RightsDialogs</name>
    <message>
        <location filename="../../counter_app/views/customers/rights_dialog.py" line="87"/>
        <source>Please record the customer&apos;s request.</source>
        <translation>请填写客户的申请事由。</translation>
    </message>
</context>
<context>
    <name>SatisfactionDialog</name>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="106"/>
        <source>Please rate our service</source>
        <translation>请您评价本次服务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="109"/>
        <source>How satisfied are you with this service?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="114"/>
        <source>1 Very satisfied</source>
        <translation>1 非常满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="115"/>
        <source>2 Satisfied</source>
        <translation>2 满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="116"/>
        <source>3 Fairly satisfied</source>
        <translation>3 基本满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="117"/>
        <source>4 Dissatisfied</source>
        <translation>4 不满意</translation>
    </message>
</context>
<context>
    <name>ServiceTypeDialog</name>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="37"/>
        <source>Edit service type</source>
        <translation>修改业务类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="37"/>
        <source>Add service type</source>
        <translation>添加业务类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="55"/>
        <source>Needs a manager&apos;s approval</source>
        <translation>需值班长审批</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="58"/>
        <source>Needs work on site (dispatch)</source>
        <translation>需上门作业（派工）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="61"/>
        <source>Emergency (round the clock)</source>
        <translation>紧急（全天候）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="64"/>
        <source>A description is required</source>
        <translation>必须填写情况说明</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="85"/>
        <source>Utility &amp;kind:</source>
        <translation>业务类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="86"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="87"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="88"/>
        <source>&amp;Documents (one a line):</source>
        <translation>所需资料（每行一项）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="89"/>
        <source>&amp;Fee (¥):</source>
        <translation>费用（元）(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="90"/>
        <source>&amp;Time limit:</source>
        <translation>办结时限(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="91"/>
        <source>Counted in:</source>
        <translation>计时方式：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/catalogue_page.py" line="92"/>
        <source>On completion the account:</source>
        <translation>办结后账户：</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="60"/>
        <source>default {default}; {low} to {high}</source>
        <translation>默认 {default}；范围 {low} 至 {high}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="78"/>
        <source>Limits and rates of the business rules. A change holds for the next payment at every counter and for the idle lock at each counter&apos;s next sign-in.</source>
        <translation>业务规则中的限额和费率。修改后，各窗口下一笔缴费即按新值执行，锁屏时间在各窗口下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="82"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="97"/>
        <source>Backups at day close</source>
        <translation>日结备份</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="104"/>
        <source>Every day close backs the database up, encrypted with the data key, proves the backup by restoring it to a temporary database, keeps the daily and monthly backups set above and copies each one to the off-site folder. Empty backup folder: the data directory&apos;s backups folder; empty off-site folder: no off-site copy.</source>
        <translation>每次日结都会备份数据库：用数据密钥加密，恢复到临时数据库以验证备份，按上面的设置保留每日和每月备份，并把每份备份复制到异地文件夹。备份文件夹留空：使用数据目录下的 backups 文件夹；异地文件夹留空：不做异地副本。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="121"/>
        <source>a folder&apos;s full path</source>
        <translation>文件夹的完整路径</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="123"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="133"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="173"/>
        <source>Saved: {names}.</source>
        <translation>已保存：{names}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/settings_page.py" line="175"/>
        <source>Nothing was changed.</source>
        <translation>没有改动。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="155"/>
        <source>First-run setup</source>
        <translation>首次初始化</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="158"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="159"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="160"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="161"/>
        <location filename="../../counter_app/views/setup_wizard.py" line="189"/>
        <source>&amp;Set up</source>
        <translation>完成初始化(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="174"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="176"/>
        <source>This database holds no company yet. Set up your company: its first hall, counters, tariffs and first administrator. Or open the demo company to try the counter out; demo data never mixes with real data.</source>
        <translation>此数据库尚无公司资料。请初始化贵公司：第一个营业厅、窗口、价格和第一位管理员。也可以打开演示公司试用；演示数据不会与真实数据混在一起。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="180"/>
        <source>Set up &amp;my company</source>
        <translation>初始化本公司(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="181"/>
        <source>Open the &amp;demo company (training only)</source>
        <translation>打开演示公司（仅供培训）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="189"/>
        <source>&amp;Open the demo</source>
        <translation>打开演示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="193"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="210"/>
        <source>Utility kinds served:</source>
        <translation>开办业务：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="216"/>
        <source>First hall</source>
        <translation>第一个营业厅</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="217"/>
        <source>The hall code (e.g. H01) starts every receipt number of the hall.</source>
        <translation>营业厅代码（如 H01）是该厅所有收据号的开头。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="220"/>
        <source>Hall &amp;code:</source>
        <translation>营业厅代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="221"/>
        <source>Hall n&amp;ame:</source>
        <translation>营业厅名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="222"/>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="223"/>
        <source>Service &amp;hotline:</source>
        <translation>服务热线(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="228"/>
        <source>Number of c&amp;ounters:</source>
        <translation>窗口数(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="234"/>
        <source>Tariffs</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="236"/>
        <source>One tab per tariff class. Volumes are cumulative in a calendar year; later price changes are entered in Administration.</source>
        <translation>每个用户类别一页。用量按自然年累计；以后的调价在系统管理中录入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="246"/>
        <source>Tariffs take &amp;effect on:</source>
        <translation>价格生效日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="197"/>
        <source>&amp;Company name:</source>
        <translation>公司名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="254"/>
        <source>&amp;Add tariff class</source>
        <translation>添加用户类别(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="259"/>
        <source>&amp;Remove this class</source>
        <translation>删除此类别(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="272"/>
        <source>First administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="274"/>
        <source>The administrator adds the clerks, managers and auditors afterwards. An administrator takes no payments. Choose the password here: at least 8 characters, not the employee number.</source>
        <translation>管理员随后添加柜员、值班长和稽核员。管理员不办理收费。请在此设置密码：至少 8 位，不能含工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="289"/>
        <source>&amp;Employee no.:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="290"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="291"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="292"/>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="293"/>
        <source>This PC is &amp;counter:</source>
        <translation>本机窗口(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="325"/>
        <source>Utility kind:</source>
        <translation>业务类别：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="326"/>
        <source>Tariff class:</source>
        <translation>用户类别：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="327"/>
        <source>Residential:</source>
        <translation>居民类：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="328"/>
        <source>Tiers:</source>
        <translation>阶梯：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="332"/>
        <location filename="../../counter_app/views/setup_wizard.py" line="337"/>
        <source>New class</source>
        <translation>新类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="361"/>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="397"/>
        <source>Choose at least one utility kind the company serves.</source>
        <translation>请至少选择一项本公司开办的业务类别。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/setup_wizard.py" line="402"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ShiftDialogs</name>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="67"/>
        <source>Cash over by {amount}</source>
        <translation>长款 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="74"/>
        <source>Cash short by {amount}</source>
        <translation>短款 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="79"/>
        <source>No difference</source>
        <translation>无长短款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="89"/>
        <source>Waiting to print: {what} {number}</source>
        <translation>待打印：{what} {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="96"/>
        <source>Open request {number} ({detail})</source>
        <translation>未办结业务 {number}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="103"/>
        <source>Handover from the last shift</source>
        <translation>上一班的交接</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="107"/>
        <source>{name} ({no}), counter {n}, business date {date}, closed {time}.</source>
        <translation>{name}（{no}），{n} 号窗口，营业日 {date}，{time} 结班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_dialogs.py" line="119"/>
        <source>(no note left)</source>
        <translation>（未留交接说明）</translation>
    </message>
</context>
<context>
    <name>ShiftLabels</name>
    <message>
        <location filename="../../counter_app/views/labels.py" line="135"/>
        <source>Sign off a cash difference</source>
        <translation>签认长短款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="354"/>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="355"/>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="125"/>
        <source>Cash in the drawer</source>
        <extracomment>The shift report&apos;s layout for each receipt printer (workstation.json ``receipt_layout``).</extracomment>
        <translation>钱箱现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="129"/>
        <source>Opening float:</source>
        <translation>备用金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="130"/>
        <source>Cash received:</source>
        <translation>实收现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="131"/>
        <source>Change given:</source>
        <translation>找零：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="132"/>
        <source>Cash refunded:</source>
        <translation>现金退费：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="133"/>
        <source>Cash back on voids:</source>
        <translation>冲正退回现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="134"/>
        <source>Cash in:</source>
        <translation>存入：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="135"/>
        <source>Cash out:</source>
        <translation>取出：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="136"/>
        <source>Cash expected:</source>
        <translation>应有现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="147"/>
        <source>Tender</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="148"/>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="149"/>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="176"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="153"/>
        <source>Takings by tender</source>
        <translation>按支付方式收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="157"/>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="167"/>
        <source>Receipt numbers:</source>
        <translation>收据号段：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="168"/>
        <source>Transactions:</source>
        <translation>交易笔数：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="169"/>
        <source>Voids:</source>
        <translation>冲正：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="170"/>
        <source>Reprints:</source>
        <translation>补打：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="174"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="175"/>
        <source>Cash in or out</source>
        <translation>存取</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="177"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="178"/>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="182"/>
        <source>Cash in and out</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="202"/>
        <source>Open shift (F8)</source>
        <translation>开班 (F8)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="205"/>
        <source>Cash in…</source>
        <translation>存入现金…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="208"/>
        <source>Cash out…</source>
        <translation>取出现金…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="211"/>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="213"/>
        <source>Close shift…</source>
        <translation>结班…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="216"/>
        <source>Print the shift report again</source>
        <translation>补打班次报表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="267"/>
        <source>No shift is open at this counter.</source>
        <translation>本窗口没有开班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="285"/>
        <source>Shift of {name} ({no}) open since {time}, business date {date}, counter {n}.</source>
        <translation>{name}（{no}）的班次：{time} 开班，营业日 {date}，{n} 号窗口。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="296"/>
        <source>This shift is still open after its business date {date}: close it, so the manager can close that day.</source>
        <translation>本班次跨过了营业日 {date} 仍未结班：请先结班，主管才能对该日日结。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="307"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="311"/>
        <source>{n} ({amount})</source>
        <translation>{n} 笔（{amount}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="325"/>
        <source>Your shift is open.</source>
        <translation>已开班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="337"/>
        <source>{kind} of {amount} booked: {reason}</source>
        <translation>已登记{kind} {amount}：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="360"/>
        <source>Shift closed. Counted {counted}: {difference}.</source>
        <translation>已结班。实点 {counted}：{difference}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="381"/>
        <source>The shift report has printed.</source>
        <translation>班次报表已打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="382"/>
        <source>The shift report did not print; its PDF is kept at {path}.</source>
        <translation>班次报表未能打印，PDF 已保存在 {path}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/shifts/shift_page.py" line="393"/>
        <source>Another copy at the counter</source>
        <translation>柜台补打</translation>
    </message>
</context>
<context>
    <name>StatusLookupDialog</name>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="48"/>
        <source>{type}, request {number}: {status}.</source>
        <translation>{type}，受理单 {number}：{status}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="56"/>
        <source>It was due by {at} and is late; we apologise.</source>
        <translation>应于 {at} 前办结，现已超时，非常抱歉。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="61"/>
        <source>It will be done by {at}.</source>
        <translation>将于 {at} 前办结。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="63"/>
        <source>Next: {next}</source>
        <translation>下一步：{next}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="68"/>
        <source>Your contact: {name} ({no}).</source>
        <translation>首问负责人：{name}（{no}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="92"/>
        <source>How is my request?</source>
        <translation>业务进度查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="97"/>
        <source>Request no. or account no.</source>
        <translation>受理单号或户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="99"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="102"/>
        <source>Request no.</source>
        <translation>受理单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="103"/>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="104"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="106"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="110"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="121"/>
        <source>Print for the customer</source>
        <translation>打印给客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="123"/>
        <source>Open request</source>
        <translation>打开受理单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="147"/>
        <source>Type or scan a request number or an account number.</source>
        <translation>请输入或扫描受理单号或户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/desk_dialogs.py" line="159"/>
        <source>No request found for “{text}”.</source>
        <translation>未找到“{text}”对应的业务。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="78"/>
        <source>{step}: {number}</source>
        <extracomment>Steps whose note is required (what was done, why it is rejected or withdrawn). Takes the step with what was entered; returns None when done, else the message to show.</extracomment>
        <translation>{step}：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="82"/>
        <source>{type} for {customer}, account {account}</source>
        <translation>{customer}的{type}，户号 {account}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="105"/>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="118"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="128"/>
        <source>Brought now:</source>
        <translation>本次补交：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="135"/>
        <source>What was done:</source>
        <translation>处理情况：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="136"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="137"/>
        <source>Customer&apos;s reason:</source>
        <translation>客户撤销原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="139"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="156"/>
        <source>Completing passes the account to {new}.</source>
        <translation>完工后户号将过户给 {new}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="159"/>
        <source>Completing renames the holder to {new}.</source>
        <translation>完工后户名将改为 {new}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="162"/>
        <source>Completing moves the supply address to {new}.</source>
        <translation>完工后用户地址将改为 {new}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="165"/>
        <source>Completing suspends the account.</source>
        <translation>完工后户号将暂停。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="166"/>
        <source>Completing makes the account active again.</source>
        <translation>完工后户号将恢复正常。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="168"/>
        <source>Completing closes the account and prints the settlement slip.</source>
        <translation>完工后户号将销户，并打印结算单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="186"/>
        <source>Choose or type the team sent.</source>
        <translation>请选择或输入派往的班组。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="188"/>
        <source>Choose the customer&apos;s satisfaction.</source>
        <translation>请选择客户满意度。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="191"/>
        <source>Say what was done.</source>
        <translation>请填写处理情况。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="192"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/requests/step_dialog.py" line="194"/>
        <source>The note may have at most {max} characters.</source>
        <translation>备注最多 {max} 个字符。</translation>
    </message>
</context>
<context>
    <name>SupplyPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="362"/>
        <source>Supply point</source>
        <translation>供应地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="364"/>
        <source>Same as the customer&apos;s address</source>
        <translation>与客户地址相同</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="378"/>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="379"/>
        <source>Prepaid (IC card)</source>
        <translation>预付费（IC卡）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="383"/>
        <source>Supply &amp;address:</source>
        <translation>供应地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="388"/>
        <source>&amp;Utility:</source>
        <translation>业务类别(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="389"/>
        <source>&amp;Tariff class:</source>
        <translation>价格类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="391"/>
        <source>Bi&amp;lling mode:</source>
        <translation>计费方式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="393"/>
        <source>&amp;Meter number:</source>
        <translation>表号(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="170"/>
        <source>Correct a scheduled price change</source>
        <translation>更正待生效的调价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="172"/>
        <source>New price change</source>
        <translation>新调价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="174"/>
        <source>New tariff class</source>
        <translation>新用户类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="186"/>
        <source>Utility &amp;kind:</source>
        <translation>业务类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="187"/>
        <source>Tariff &amp;class:</source>
        <translation>用户类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="188"/>
        <source>Re&amp;sidential:</source>
        <translation>居民类(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="189"/>
        <source>Takes &amp;effect on:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="190"/>
        <source>Tiers:</source>
        <translation>阶梯：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="193"/>
        <source>Volumes are cumulative in a calendar year. Readings before the date keep the old prices; a reading period across it is shared out by days.</source>
        <translation>用量按自然年累计。生效日前的抄表按原价计费；跨越生效日的抄表周期按天数分摊。</translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="221"/>
        <source>Kind</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="222"/>
        <source>Class</source>
        <translation>用户类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="224"/>
        <source>Residential</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="224"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="224"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="226"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="227"/>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="229"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="234"/>
        <source>Tiers and prices</source>
        <translation>阶梯与单价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="240"/>
        <source>New &amp;price change…</source>
        <translation>新调价(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="241"/>
        <source>New tariff &amp;class…</source>
        <translation>新用户类别(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="242"/>
        <source>&amp;Correct scheduled change…</source>
        <translation>更正待生效调价(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="243"/>
        <source>&amp;Withdraw scheduled change</source>
        <translation>撤销待生效调价(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="267"/>
        <source>Price change of {cls} entered.</source>
        <translation>{cls} 的调价已录入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="271"/>
        <source>Tariff entered.</source>
        <translation>价格已录入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="280"/>
        <source>Only a price change not yet in force can be corrected; enter a new price change instead.</source>
        <translation>只有尚未生效的调价可以更正；请另录一次新调价。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="289"/>
        <source>Scheduled price change corrected.</source>
        <translation>待生效调价已更正。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="295"/>
        <source>Withdraw price change</source>
        <translation>撤销调价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="296"/>
        <source>Withdraw the price change of {cls} from {day}?</source>
        <translation>撤销 {cls} 自 {day} 起的调价？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="302"/>
        <source>Scheduled price change withdrawn.</source>
        <translation>待生效调价已撤销。</translation>
    </message>
</context>
<context>
    <name>TierTable</name>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="70"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="70"/>
        <source>Up to (empty: no limit)</source>
        <translation>止（空：不设上限）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="70"/>
        <source>Unit price (¥)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="76"/>
        <source>Add &amp;tier</source>
        <translation>添加阶梯(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/tariffs_page.py" line="78"/>
        <source>Remove &amp;last tier</source>
        <translation>删除最后阶梯(&amp;L)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="40"/>
        <source>Edit user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="40"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="55"/>
        <source>No hall (whole company)</source>
        <translation>不属营业厅（全公司）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="65"/>
        <source>&amp;Employee no.:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="66"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="67"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="68"/>
        <source>&amp;Hall:</source>
        <translation>营业厅(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="71"/>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="74"/>
        <source>The user must replace the temporary password with their own at the first sign-in. At least {n} characters, not the employee number.</source>
        <translation>用户首次登录时须把临时密码改为自己的密码。至少 {n} 位，不能含工号。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="135"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="137"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="139"/>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="140"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="150"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="151"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="152"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="153"/>
        <source>Hall</source>
        <translation>营业厅</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="153"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="154"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="155"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="158"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="159"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="161"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="166"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="167"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="161"/>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="184"/>
        <source>User {no} added.</source>
        <translation>用户 {no} 已添加。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="193"/>
        <source>User {no} changed.</source>
        <translation>用户 {no} 已修改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="201"/>
        <source>{no} disabled: they can no longer sign in.</source>
        <translation>{no} 已停用，不能再登录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="203"/>
        <source>{no} can sign in again.</source>
        <translation>{no} 可以再次登录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="216"/>
        <source>{no} has a temporary password now.</source>
        <translation>{no} 已设置临时密码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/admin/users_page.py" line="224"/>
        <source>{no} is unlocked.</source>
        <translation>{no} 已解锁。</translation>
    </message>
</context>
<context>
    <name>_Period</name>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="73"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="75"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
</TS>
