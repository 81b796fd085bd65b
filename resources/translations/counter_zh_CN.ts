<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountOpeningWizard</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="590"/>
        <source>Open account</source>
        <translation>开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="610"/>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="640"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="611"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="612"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="613"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="638"/>
        <source>&amp;Open account</source>
        <translation>确认开户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="652"/>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="797"/>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="653"/>
        <source>Supply address: {address}</source>
        <translation>供应地址：{address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="654"/>
        <source>Utility: {kind}, tariff class {tariff}, {mode}</source>
        <translation>业务类别：{kind}，价格类别 {tariff}，{mode}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="659"/>
        <source>Meter number: {meter}</source>
        <translation>表号：{meter}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="660"/>
        <source>Documents received: {docs}</source>
        <translation>已收材料：{docs}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="666"/>
        <source>Missing ({n}): {docs} - a one-time notice will print.</source>
        <translation>缺少材料（{n} 项）：{docs}——将打印一次性告知单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="764"/>
        <source>The customer owes {amount} on other accounts ({accounts}). A manager may approve opening this account before the arrears are paid.</source>
        <translation>该客户其他户号欠费 {amount}（{accounts}）。值班长审批后可在结清欠费前开户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="794"/>
        <source>Account number {number}</source>
        <translation>户号 {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="798"/>
        <source>Request {number} ({status})</source>
        <translation>受理单 {number}（{status}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="800"/>
        <source>documents complete</source>
        <translation>资料齐全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="802"/>
        <source>documents incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="807"/>
        <source>To be completed by {date}</source>
        <translation>承诺办结日期：{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="811"/>
        <source>Missing documents: {docs}</source>
        <translation>缺少材料：{docs}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="818"/>
        <source>The typed {fields} differ from the customer&apos;s record; the record was not changed. Correct it in the customer view if the customer confirms.</source>
        <translation>录入的{fields}与客户档案不一致，档案未修改。如客户确认，请在客户信息中更正。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="824"/>
        <source>Possible duplicate: {name} ({accounts}) has the same phone.</source>
        <translation>疑似重复客户：{name}（{accounts}）手机号相同。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="832"/>
        <source>Account opening confirmation</source>
        <translation>开户确认单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="834"/>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="837"/>
        <source>{what} printed on {printer}. Copy: {path}</source>
        <translation>{what}已在 {printer} 打印。存档：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="842"/>
        <source>{what} was not printed (no printer available); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（没有可用的打印机），已进入待补打队列。PDF 存档：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="847"/>
        <source>{what} was not printed ({problem}); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（{problem}），已进入待补打队列。PDF 存档：{path}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../counter_app/views/app.py" line="67"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="68"/>
        <source>Something went wrong and the last action may not have finished. The details were written to {log}. If a payment was in progress, look it up before taking it again.</source>
        <translation>系统出现意外错误，刚才的操作可能没有完成。详细信息已写入 {log}。如果正在缴费，请先查询该笔缴费是否已成功，再决定是否重新收取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="101"/>
        <source>Database unavailable</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="102"/>
        <source>The database cannot be opened or reached, so the counter cannot start. Check the network connection or call the administrator.</source>
        <translation>无法打开或连接数据库，柜台系统无法启动。请检查网络连接，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="113"/>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/app.py" line="114"/>
        <source>The database could not be prepared for use. A backup was kept if it was being upgraded. Call the administrator.</source>
        <translation>数据库无法准备就绪。如正在升级，升级前的备份已保留。请联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../counter_app/views/approval.py" line="90"/>
        <source>Manager approval</source>
        <translation>值班长审批</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="113"/>
        <source>Manager employee no.:</source>
        <translation>值班长工号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="114"/>
        <source>Manager password:</source>
        <translation>值班长密码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="115"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="119"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="120"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="135"/>
        <source>What is approved</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="140"/>
        <source>Action:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="141"/>
        <source>Receipt:</source>
        <translation>收据号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="142"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="143"/>
        <source>Account:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="146"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="165"/>
        <source>The manager must enter their employee number.</source>
        <translation>请值班长输入本人工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="169"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/approval.py" line="174"/>
        <source>The reason may have at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="113"/>
        <source>Check the audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="125"/>
        <source>Verify receipt</source>
        <translation>验证收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="126"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="467"/>
        <source>Print register</source>
        <translation>打印登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="127"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="477"/>
        <source>Approvals</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="143"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="196"/>
        <source>Genuine receipt, in force.</source>
        <translation>收据真实有效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="200"/>
        <source>Genuine receipt, but VOIDED since: the money was given back.</source>
        <translation>收据真实，但已冲正：款项已退回。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="204"/>
        <source>Genuine receipt, but REFUNDED since with receipt {number}.</source>
        <translation>收据真实，但已退费（退费收据 {number}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="210"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="282"/>
        <source>Not a receipt code of this system.</source>
        <translation>不是本系统的收据二维码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="214"/>
        <source>NOT GENUINE: the code&apos;s signature does not match. Forged or altered.</source>
        <translation>非真实收据：二维码签名不符，已被伪造或篡改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="218"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="277"/>
        <source>NOT GENUINE: no payment with this receipt number exists.</source>
        <translation>非真实收据：不存在该收据号的缴费记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="223"/>
        <source>NOT GENUINE: the code does not match the stored payment (amount, account or time differ).</source>
        <translation>非真实收据：二维码与系统记录不符（金额、户号或时间不同）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="240"/>
        <source>Receipt number: {number}</source>
        <translation>收据号：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="243"/>
        <source>Amount as stored: {amount}</source>
        <translation>系统记录金额：{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="246"/>
        <source>Account: {number}</source>
        <translation>户号：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="249"/>
        <source>Paid at {time} in hall {hall}, clerk {clerk}</source>
        <translation>缴费时间 {time}，营业厅 {hall}，经办 {clerk}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="232"/>
        <source>Compare the printed receipt with the stored values above.</source>
        <translation>请将纸质收据与上述系统记录逐项核对。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="140"/>
        <source>Scan the receipt&apos;s QR code or barcode, or type its number</source>
        <translation>扫描收据二维码或条码，或输入收据号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="261"/>
        <source>Receipt {number} exists and is in force.</source>
        <translation>收据 {number} 存在且有效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="266"/>
        <source>Receipt {number} exists, but was VOIDED since: the money was given back.</source>
        <translation>收据 {number} 存在，但已冲正：款项已退回。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="272"/>
        <source>Receipt {number} exists, but was REFUNDED since with receipt {refund}.</source>
        <translation>收据 {number} 存在，但已退费，退费收据 {refund}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="288"/>
        <source>Checked by number only: this proves the receipt exists and whether it is in force, not what the paper says. Compare the amount, account and time printed on it with the stored values above, or scan its QR code.</source>
        <translation>仅按收据号核对：只能证明该收据存在及是否有效，不能证明纸面内容。请将纸面上印的金额、户号和时间与上面的存档值核对，或扫描收据二维码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="308"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="411"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="313"/>
        <source>All documents</source>
        <translation>全部单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="318"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="415"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="326"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="421"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="327"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="328"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="330"/>
        <source>Copy</source>
        <translation>联次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="332"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="334"/>
        <source>Reprint {n}</source>
        <translation>补打 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="338"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="424"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="339"/>
        <source>By</source>
        <translation>经办</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="341"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="428"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="345"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="346"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="346"/>
        <source>waiting</source>
        <translation>待打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="349"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="353"/>
        <source>PDF fingerprint</source>
        <translation>PDF 指纹</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="355"/>
        <source>SHA-256 of the printed PDF: {hash}</source>
        <translation>所打印 PDF 的 SHA-256：{hash}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="387"/>
        <source>Copies registered: {n} (originals {originals}, reprints {reprints}); of these not printed yet: {waiting}.</source>
        <translation>共登记 {n} 份（原件 {originals} 份，补打 {reprints} 份），其中 {waiting} 份尚未打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="405"/>
        <source>Void</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="406"/>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="407"/>
        <source>Late fee waiver</source>
        <translation>减免违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="408"/>
        <source>Large cash payment</source>
        <translation>大额现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="409"/>
        <source>Account despite arrears</source>
        <translation>欠费开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="422"/>
        <source>Approved</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="423"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="425"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="426"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="453"/>
        <source>{n} approvals.</source>
        <translation>共 {n} 条审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="492"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="492"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="499"/>
        <source>{start} to {end}; exported {time} by {employee}</source>
        <translation>{start} 至 {end}；{time} 由 {employee} 导出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="507"/>
        <source>{n} rows</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="513"/>
        <source>The workbook could not be saved: {error}</source>
        <translation>工作簿未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="516"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="520"/>
        <source>Only the newest {limit} are shown: choose a shorter period.</source>
        <translation>只显示最新的 {limit} 条，请缩短查询期间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="536"/>
        <source>Audit trail intact: {n} entries, every link checked.</source>
        <translation>审计日志完整：共 {n} 条，逐条校验通过。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="544"/>
        <source>AUDIT TRAIL BROKEN at entry {id}: it or the one before it was changed or removed. Report this to the administrator.</source>
        <translation>审计日志在第 {id} 条处断裂：该条或其前一条已被修改或删除。请立即报告系统管理员。</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="511"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="512"/>
        <source>Check with the customer, then press Open account.</source>
        <translation>请与客户核对后，点击“确认开户”。</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <location filename="../../counter_app/views/labels.py" line="34"/>
        <source>Pending connection</source>
        <translation>待通气</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="35"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="36"/>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="37"/>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="40"/>
        <source>No account</source>
        <translation>无户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="46"/>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="47"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="48"/>
        <source>Water</source>
        <translation>自来水</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="55"/>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="56"/>
        <source>Prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="63"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="64"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="71"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="72"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="75"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="76"/>
        <source>Mainland travel permit for HK/Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="90"/>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="91"/>
        <source>Partly paid</source>
        <translation>部分缴纳</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="92"/>
        <source>Paid</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="93"/>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="100"/>
        <source>Bill payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="101"/>
        <source>Prepaid top-up</source>
        <translation>预付费充值</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="102"/>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="103"/>
        <source>Service fee</source>
        <translation>业务费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="111"/>
        <source>Void a receipt</source>
        <translation>冲正收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="112"/>
        <source>Refund a receipt</source>
        <translation>收据退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="113"/>
        <source>Waive the late fee</source>
        <translation>减免违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="116"/>
        <source>Take cash above the limit</source>
        <translation>收取超限额现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="119"/>
        <source>Open an account despite arrears</source>
        <translation>欠费开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="128"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="129"/>
        <source>Voided</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="136"/>
        <source>Documents incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="139"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="140"/>
        <source>Awaiting approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="143"/>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="144"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="145"/>
        <source>Work completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="146"/>
        <source>Follow-up call done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="149"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="150"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="151"/>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="158"/>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="159"/>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="160"/>
        <source>Supply</source>
        <translation>供应保障</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="161"/>
        <source>Prices and fees</source>
        <translation>价格收费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="162"/>
        <source>Equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="163"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="170"/>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="171"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="172"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="179"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="180"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="183"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="184"/>
        <source>Concluded</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="185"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="192"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="193"/>
        <source>Void slip</source>
        <translation>冲正单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="194"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="195"/>
        <source>Account opening confirmation</source>
        <translation>开户确认单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="198"/>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="201"/>
        <source>Complaint slip</source>
        <translation>投诉受理单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="202"/>
        <source>Shift report</source>
        <translation>交接班报表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="203"/>
        <source>Daily report</source>
        <translation>营业日报</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="204"/>
        <source>Settlement slip</source>
        <translation>结算单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="214"/>
        <source>80 mm roll</source>
        <translation>80 毫米热敏卷纸</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="215"/>
        <source>A5 sheet</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="216"/>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="240"/>
        <source>Residential</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="241"/>
        <source>Non-residential</source>
        <translation>非居民</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="242"/>
        <source>Residential living</source>
        <translation>居民生活</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="243"/>
        <source>General commercial and industrial</source>
        <translation>一般工商业</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="246"/>
        <source>Large industry</source>
        <translation>大工业</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="247"/>
        <source>Agricultural production</source>
        <translation>农业生产</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="89"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="90"/>
        <source>Corrected</source>
        <translation>资料更正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="91"/>
        <source>Full value viewed</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="92"/>
        <source>Personal data erased</source>
        <translation>个人信息已注销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="99"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="100"/>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="101"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="102"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="103"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="104"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="105"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="106"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="107"/>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="114"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="115"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="120"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="138"/>
        <source>Full {field} shown</source>
        <translation>已查看完整{field}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="141"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="142"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="158"/>
        <source>Customer</source>
        <extracomment>The stored customer the typed ID number or credit code belongs to, if any.</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="161"/>
        <source>Type the ID number first: a customer who already has accounts is found and reused.</source>
        <translation>请先录入证件号码：已有户号的客户会被自动找到并沿用其档案。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="164"/>
        <source>&amp;Individual</source>
        <translation>个人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="166"/>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="182"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="183"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="184"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="185"/>
        <source>Mainland travel permit for HK/Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="194"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="195"/>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="197"/>
        <source>Nam&amp;e:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="200"/>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="204"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="210"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="216"/>
        <source>Emergency phone:</source>
        <translation>紧急联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="230"/>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="234"/>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="240"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="246"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="252"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="376"/>
        <source>Existing customer: {name}, accounts {accounts}.</source>
        <translation>已有客户：{name}，户号 {accounts}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="380"/>
        <source>The account is opened for this customer with the details on record; correct them in the customer view if they have changed.</source>
        <translation>将按档案中的客户资料为其开户；如资料有变，请在客户视图中更正。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="384"/>
        <source>Arrears {amount}: a manager must approve.</source>
        <translation>欠费 {amount}：需值班长审批。</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="94"/>
        <source>Account no. / name / mobile / ID no. / meter no. / address / scan barcode</source>
        <translation>户号 / 姓名 / 手机 / 证件号 / 表号 / 地址 / 扫码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="106"/>
        <source>New account (Ctrl+N)</source>
        <translation>开户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="158"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="181"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="159"/>
        <source>(no account)</source>
        <translation>（无户号）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="162"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="163"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="187"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="164"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="186"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="166"/>
        <source>Supply address</source>
        <translation>供应地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="171"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="173"/>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="182"/>
        <source>Bill barcode</source>
        <translation>账单条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="183"/>
        <source>Receipt barcode</source>
        <translation>收据条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="184"/>
        <source>Work order barcode</source>
        <translation>工单条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="185"/>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="188"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="189"/>
        <source>Part of name</source>
        <translation>姓名包含</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="190"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="241"/>
        <source>No match for “{query}”.</source>
        <translation>没有找到与“{query}”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="244"/>
        <source>More than {n} matches — type more to narrow the search.</source>
        <translation>匹配结果超过 {n} 条，请继续输入以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="247"/>
        <source>Exact match. Press Enter to open it.</source>
        <translation>精确匹配。按 Enter 打开。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="249"/>
        <source>{n} matches. Press Enter to open the first one.</source>
        <translation>找到 {n} 条。按 Enter 打开第一条。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="254"/>
        <source>A part of a name with 1 or 2 characters is found at the start or the end of a name (surname or given name). Type at least 3 characters to search anywhere in names and addresses.</source>
        <translation>1–2 个字的姓名片段只按姓名开头或结尾（姓或名）查找。输入至少 3 个字可在姓名和地址的任意位置查找。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="264"/>
        <source>Short address fragment: only the newest accounts were searched. Type at least 3 characters to search all addresses.</source>
        <translation>地址关键字过短，仅查找了最近开立的户号。请至少输入 3 个字以查找全部地址。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="269"/>
        <source>The query was too long; only its beginning was used.</source>
        <translation>输入内容过长，只按开头部分查找。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="275"/>
        <source>Type an account number, name, mobile, ID number, meter number or part of the address, or scan the barcode on a bill, receipt or work order.</source>
        <translation>请输入户号、姓名、手机号、证件号码、表号或部分地址，或扫描账单、收据、工单上的条码。</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="221"/>
        <source>Back to results (Esc)</source>
        <translation>返回查询结果（Esc）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="238"/>
        <source>Personal data erased at the customer&apos;s request; history kept.</source>
        <translation>个人信息已按客户要求注销，历史记录仍保留。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="278"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="288"/>
        <source>Show full ID number</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="292"/>
        <source>Show full phone</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="299"/>
        <source>Show full contact</source>
        <translation>显示完整联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="316"/>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="318"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="322"/>
        <source>Customer since:</source>
        <translation>建档日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="341"/>
        <source>Pay (F5)</source>
        <translation>缴费（F5）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="343"/>
        <source>New request (F6)</source>
        <translation>业务受理（F6）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="346"/>
        <source>Complaint (F7)</source>
        <translation>投诉（F7）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="348"/>
        <source>Edit details (F2)</source>
        <translation>修改资料（F2）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="349"/>
        <source>Refresh (F9)</source>
        <translation>刷新（F9）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="387"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="409"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="432"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="449"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="474"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="492"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="502"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="388"/>
        <source>Utility</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="389"/>
        <source>Supply address</source>
        <translation>供应地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="390"/>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="391"/>
        <source>Tariff</source>
        <translation>价格类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="392"/>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="394"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="421"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="434"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="448"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="472"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="398"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="400"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="402"/>
        <source>Opened</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="408"/>
        <source>Bill no.</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="410"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="411"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="412"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="437"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="413"/>
        <source>Amount paid</source>
        <translation>已缴金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="415"/>
        <source>Outstanding</source>
        <translation>未缴金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="418"/>
        <source>Due date</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="431"/>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="433"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="435"/>
        <source>Business date</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="436"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="498"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="508"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="438"/>
        <source>Late fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="439"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="491"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="501"/>
        <source>Clerk</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="446"/>
        <source>Request no.</source>
        <translation>受理单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="447"/>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="450"/>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="452"/>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="454"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="456"/>
        <source>Missing documents</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="465"/>
        <source>Complaint no.</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="466"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="468"/>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="473"/>
        <source>Received at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="480"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="481"/>
        <source>Number</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="482"/>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="483"/>
        <source>Reprint no.</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="485"/>
        <source>On paper</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="490"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="499"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="500"/>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="509"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="510"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="511"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="512"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="527"/>
        <source>Reprint selected document</source>
        <translation>补打所选单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="580"/>
        <source>Accounts ({n})</source>
        <translation>户号（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="581"/>
        <source>Bills ({n})</source>
        <translation>账单（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="582"/>
        <source>Payments ({n})</source>
        <translation>缴费记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="583"/>
        <source>Open requests ({n})</source>
        <translation>在办业务（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="584"/>
        <source>Complaints ({n})</source>
        <translation>投诉（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="585"/>
        <source>Printed documents ({n})</source>
        <translation>打印记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="586"/>
        <source>Contacts ({n})</source>
        <translation>联系记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="587"/>
        <source>Change history ({n})</source>
        <translation>变更记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="608"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="614"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="660"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="663"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="668"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="671"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="684"/>
        <source>Balance {amount}</source>
        <translation>余额 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="687"/>
        <source>Arrears {amount}</source>
        <translation>欠费 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="734"/>
        <source>No account selected</source>
        <translation>未选择户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="738"/>
        <source>Account {number} ({status})</source>
        <translation>户号 {number}（{status}）</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="486"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="489"/>
        <source>Tick every document the customer handed in. If any is missing the request is saved as incomplete and a one-time notice listing all missing documents prints.</source>
        <translation>请勾选客户已提交的全部材料。如有缺少，受理单保存为“资料不全”，并打印一次性告知单列明全部缺少的材料。</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="115"/>
        <source>Correct customer details - {name}</source>
        <translation>客户资料更正 - {name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="126"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="127"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="128"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="129"/>
        <source>Mainland travel permit for HK/Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="151"/>
        <source>Required, e.g. customer showed a new ID card; name changed</source>
        <translation>必填，例如：客户出示新身份证；客户已改名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="156"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="157"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="159"/>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="160"/>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="161"/>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="190"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="164"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="170"/>
        <source>Emergency phone:</source>
        <translation>紧急联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="176"/>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="179"/>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="185"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="189"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="191"/>
        <source>&amp;Reason for the change:</source>
        <translation>更正原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="195"/>
        <source>The ID number and phone are shown masked. Type a new value over the mask to change one; leave it as it is to keep it.</source>
        <translation>证件号码和手机号以掩码显示。如需修改，请直接输入新号码覆盖；保持不变则不修改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="208"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="210"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="375"/>
        <source>Type the emergency contact&apos;s full mobile number again to change the contact, or clear both fields to remove it.</source>
        <translation>修改紧急联系人时请重新输入其完整手机号；如要删除紧急联系人，请清空两栏。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="382"/>
        <source>Nothing was changed.</source>
        <translation>没有修改任何内容。</translation>
    </message>
</context>
<context>
    <name>KeepsTypedWork</name>
    <message>
        <location filename="../../counter_app/views/dialogs.py" line="181"/>
        <source>Discard what was typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/dialogs.py" line="182"/>
        <source>What was typed in this window has not been saved and will be lost. Close the window anyway?</source>
        <translation>此窗口中输入的内容尚未保存，关闭后将丢失。仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../counter_app/views/lock.py" line="87"/>
        <location filename="../../counter_app/views/lock.py" line="90"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="96"/>
        <source>Signed in: {name} ({employee_no}). Enter your password to continue.</source>
        <translation>当前登录：{name}（{employee_no}）。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="109"/>
        <source>Unlock (Enter)</source>
        <translation>解锁（Enter）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/lock.py" line="112"/>
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>注销（Ctrl+Shift+Q）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/views/login.py" line="128"/>
        <source>Counter - Sign in</source>
        <translation>柜台系统 - 登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="129"/>
        <source>Service Hall Counter</source>
        <translation>营业厅柜台系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="130"/>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="131"/>
        <source>&amp;Employee no.:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="132"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="133"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="134"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="135"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="138"/>
        <source>Demo data: clerk G1001, manager M1001, auditor A1001, administrator S0001; password counter123.</source>
        <translation>演示数据：柜员 G1001，值班长 M1001，稽核员 A1001，系统管理员 S0001；密码均为 counter123。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="157"/>
        <source>Please enter your employee number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/login.py" line="161"/>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/views/app.py" line="88"/>
        <location filename="../../counter_app/views/main_window.py" line="148"/>
        <location filename="../../counter_app/views/translation.py" line="94"/>
        <source>Service Hall Counter</source>
        <translation>营业厅柜台系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="205"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="206"/>
        <source>Payments</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="207"/>
        <source>Service requests</source>
        <translation>业务受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="208"/>
        <source>Complaints</source>
        <translation>投诉受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="209"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="210"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="211"/>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="212"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="219"/>
        <source>Find customers by account number, name, phone, ID number, meter number or address; open accounts; see everything about a customer on one screen.</source>
        <translation>按户号、姓名、电话、证件号码、表号或地址查找客户；办理开户；在一个界面查看客户的全部信息。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="223"/>
        <source>Take payments with any tender, print receipts, reprint and void them.</source>
        <translation>以各种支付方式收费，打印、补打和冲正收据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="226"/>
        <source>Accept service requests (change of owner, relocation, modification, suspension, closure, repair), print work orders and track deadlines.</source>
        <translation>受理过户、迁移、改装、暂停、销户、报修等业务，打印工单并跟踪办结时限。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="230"/>
        <source>Accept complaints from every channel and track them to closure within their deadlines.</source>
        <translation>受理各渠道投诉，并在时限内跟踪至办结。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="234"/>
        <source>Open and close your shift with the cash count, cash in and out, handover.</source>
        <translation>开班和结班（清点现金）、现金存取、交接班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="237"/>
        <source>Daily and monthly reports, ledgers and the dashboard; export to Excel.</source>
        <translation>营业日报、月报、台账和看板；导出 Excel。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="240"/>
        <source>Printed-document register, reprints, voids, cash variances, data-change history and receipt verification.</source>
        <translation>打印登记簿、补打、冲正、现金差异、数据变更记录和收据核验。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="244"/>
        <source>Users and roles, halls and counters, tariffs, service catalogue, holiday calendar and backups.</source>
        <translation>用户与角色、营业厅与窗口、价格、业务目录、节假日日历和备份。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="289"/>
        <source>&amp;Counter</source>
        <translation>柜台(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="290"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="293"/>
        <source>&amp;Sign out</source>
        <translation>注销(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="304"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="346"/>
        <source>No holiday data for {years}: deadlines count Monday to Friday only. Enter the holidays and make-up working days as calendar overrides.</source>
        <translation>缺少 {years} 年的节假日数据：办结时限暂按周一至周五计算。请在日历中录入该年的节假日和调休工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="359"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="361"/>
        <source>Hall: {hall}</source>
        <translation>营业厅：{hall}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="363"/>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="365"/>
        <source>No counter</source>
        <translation>未分配窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="369"/>
        <source>Clerk: {name} [{no}]</source>
        <translation>柜员：{name}［{no}］</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="372"/>
        <source>Business date: {date}</source>
        <translation>营业日：{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="375"/>
        <source>Shift: open</source>
        <translation>班次：已开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="375"/>
        <source>Shift: not open</source>
        <translation>班次：未开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="420"/>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="422"/>
        <source>Your shift is still open. Signing out does not close it: it stays open until you close it with the cash count. Sign out now?</source>
        <translation>您的班次仍开着。注销不会结班：班次将一直开着，直到您清点现金后结班。现在注销吗？</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counter_app/views/messages.py" line="72"/>
        <source>The action could not be completed: {detail}</source>
        <translation>操作未能完成：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="73"/>
        <source>Wrong employee number or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="74"/>
        <source>Wrong employee number or password. {remaining} attempts left before the account is locked.</source>
        <translation>工号或密码错误。再错 {remaining} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="79"/>
        <source>The account is locked.</source>
        <translation>账号已锁定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="80"/>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation>密码错误次数过多，账号已锁定至 {until}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="83"/>
        <location filename="../../counter_app/views/messages.py" line="460"/>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="461"/>
        <source>You cannot approve your own request. Another manager must approve it.</source>
        <translation>不能审批自己发起的申请，请由其他值班长审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="464"/>
        <source>Only a manager of this hall can approve.</source>
        <translation>只能由本营业厅的值班长审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="84"/>
        <source>This is done at a service hall: sign in at a counter of the hall.</source>
        <translation>此业务须在营业厅办理，请在营业厅的窗口登录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="448"/>
        <source>This approval is not for this action.</source>
        <translation>该授权不适用于此操作</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="454"/>
        <source>The approval has expired: the shift manager must approve again.</source>
        <translation>授权已过期，请值班长重新授权</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="457"/>
        <source>This approval has already been used: the shift manager must approve again.</source>
        <translation>该授权已经使用过，请值班长重新授权</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="87"/>
        <source>The database cannot be reached. Nothing was saved. Check the network connection and try again, or call the administrator.</source>
        <translation>无法连接数据库，本次操作未保存任何内容。请检查网络后重试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="92"/>
        <source>Some input is not valid: {detail}</source>
        <translation>输入有误：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="93"/>
        <location filename="../../counter_app/views/messages.py" line="494"/>
        <source>Please give a reason.</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="94"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="95"/>
        <location filename="../../counter_app/views/messages.py" line="262"/>
        <source>The customer does not exist.</source>
        <translation>客户不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="96"/>
        <source>This conflicts with an existing record: {detail}</source>
        <translation>与已有记录冲突：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="97"/>
        <location filename="../../counter_app/views/messages.py" line="263"/>
        <source>This customer&apos;s details were erased at the customer&apos;s request; no further business can be done for them.</source>
        <translation>该客户资料已按本人要求注销，不能再办理业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="102"/>
        <source>Some input is not valid ({code}).</source>
        <translation>输入内容有误（{code}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="104"/>
        <source>Please enter the {id_label}.</source>
        <translation>请输入{id_label}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="105"/>
        <source>The {id_label} must have {expected} characters; it has {actual}.</source>
        <translation>{id_label}应为 {expected} 位，现为 {actual} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="108"/>
        <source>The {id_label} must have {min}–{max} letters or digits; it has {actual}.</source>
        <translation>{id_label}应为 {min}–{max} 位字母或数字，现为 {actual} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="111"/>
        <source>Character {position} of the {id_label}, “{char}”, is not valid: use digits only; the last character may be X.</source>
        <translation>{id_label}第 {position} 位“{char}”无效：只能包含数字，最后一位可以是 X</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="116"/>
        <source>Character {position} of the {id_label}, “{char}”, is not valid: use letters and digits only.</source>
        <translation>{id_label}第 {position} 位“{char}”无效：只能包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="121"/>
        <source>X can only be the last character of the {id_label}.</source>
        <translation>{id_label}中的 X 只能出现在最后一位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="124"/>
        <source>The check digit of the {id_label} is wrong: it should be {expected}. Check the whole number digit by digit; the mistake may be in an earlier digit.</source>
        <translation>{id_label}校验位错误：应为 {expected}。请逐位核对整个号码，输错的也可能是前面的数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="129"/>
        <source>The date of birth {value} does not exist.</source>
        <translation>出生日期 {value} 不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="130"/>
        <source>The date of birth {value} is after today.</source>
        <translation>出生日期 {value} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="131"/>
        <source>The date of birth {value} is before 1900.</source>
        <translation>出生日期 {value} 早于 1900 年</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="134"/>
        <source>Residence permit numbers of HK/Macao/Taiwan residents start with 81 (Hong Kong), 82 (Macao) or 83 (Taiwan); this one starts with {actual}.</source>
        <translation>港澳台居民居住证号码应以 81（香港）、82（澳门）或 83（台湾）开头，现为 {actual}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="139"/>
        <source>Numbers starting with {actual} are HK/Macao/Taiwan residence permits: choose “HK/Macao/Taiwan residence permit” as the ID type.</source>
        <translation>{actual} 开头的是港澳台居民居住证号码，请将证件类型选为“港澳台居民居住证”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="144"/>
        <source>A mainland travel permit number for HK/Macao residents is H or M followed by 8 or 10 digits.</source>
        <translation>港澳居民来往内地通行证号码应为 H 或 M 开头，后接 8 位或 10 位数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="149"/>
        <source>Please enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="150"/>
        <source>The unified social credit code must have {expected} characters; it has {actual}.</source>
        <translation>统一社会信用代码应为 {expected} 位，现为 {actual} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="154"/>
        <source>A unified social credit code can only contain digits and capital letters; character {position} is “{char}”.</source>
        <translation>统一社会信用代码只能包含数字和大写字母，第 {position} 位是“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="159"/>
        <source>A unified social credit code never uses the letters I, O, Z, S or V; character {position} is “{char}”.</source>
        <translation>统一社会信用代码不使用字母 I、O、Z、S、V，第 {position} 位是“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="164"/>
        <source>The check character of the unified social credit code is wrong: it should be {expected}. Check the whole code character by character.</source>
        <translation>统一社会信用代码校验位错误：应为 {expected}。请逐位核对整个代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="169"/>
        <source>Please enter the mobile number.</source>
        <translation>请输入手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="170"/>
        <source>The mobile number can only contain digits, not “{char}”.</source>
        <translation>手机号只能包含数字，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="173"/>
        <source>The mobile number must have {expected} digits; it has {actual}.</source>
        <translation>手机号应为 {expected} 位数字，现为 {actual} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="176"/>
        <source>A mobile number has 11 digits, starting with 1 and with 3–9 as the second digit.</source>
        <translation>手机号应为 1 开头的 11 位数字，且第二位为 3–9</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="180"/>
        <source>The name cannot be empty.</source>
        <translation>姓名不能为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="181"/>
        <source>The name can be at most {max} characters; it has {actual}.</source>
        <translation>姓名最长 {max} 字，现为 {actual} 字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="184"/>
        <source>The name cannot contain emoji (“{char}”).</source>
        <translation>姓名不能包含表情符号“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="185"/>
        <source>The name cannot contain control characters ({codepoint}).</source>
        <translation>姓名不能包含控制字符（{codepoint}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="188"/>
        <source>The “·” in a name can only stand between two characters.</source>
        <translation>姓名中的“·”只能用在两个字之间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="191"/>
        <source>The name can only contain letters, spaces and “·”, not “{char}”.</source>
        <translation>姓名只能包含文字、空格和“·”，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="194"/>
        <source>The organisation name cannot be empty.</source>
        <translation>单位名称不能为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="195"/>
        <source>The organisation name can be at most {max} characters; it has {actual}.</source>
        <translation>单位名称最长 {max} 字，现为 {actual} 字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="198"/>
        <source>The organisation name cannot contain emoji (“{char}”).</source>
        <translation>单位名称不能包含表情符号“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="201"/>
        <source>The organisation name cannot contain control characters ({codepoint}).</source>
        <translation>单位名称不能包含控制字符（{codepoint}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="204"/>
        <source>The organisation name can only contain letters, digits, spaces, brackets, · &amp; . , - and the Chinese enumeration comma, not “{char}”.</source>
        <translation>单位名称只能包含文字、数字、空格、括号和 · &amp; . , - 、，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="209"/>
        <source>The address cannot be empty.</source>
        <translation>地址不能为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="210"/>
        <source>The address can be at most {max} characters; it has {actual}.</source>
        <translation>地址最长 {max} 字，现为 {actual} 字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="213"/>
        <source>The address cannot contain emoji (“{char}”).</source>
        <translation>地址不能包含表情符号“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="214"/>
        <source>The address cannot contain control characters ({codepoint}).</source>
        <translation>地址不能包含控制字符（{codepoint}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="217"/>
        <source>The address cannot contain the character “{char}”.</source>
        <translation>地址不能包含字符“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="221"/>
        <source>Please enter the amount.</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="222"/>
        <source>Type only the digits of the amount, not “{char}”: the amount is already in yuan.</source>
        <translation>金额只输入数字，不要输入“{char}”：金额栏的单位已经是人民币元</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="226"/>
        <source>No commas in the amount: type one thousand yuan as 1000 or 1000.00, and use “.” as the decimal point.</source>
        <translation>金额中不能有逗号：一千元请输入 1000 或 1000.00，小数点请用“.”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="231"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="232"/>
        <source>Type the amount as a plain number (for example 1000), not in a form like 1e3.</source>
        <translation>金额请直接输入数字（例如 1000），不要使用 1e3 这样的写法</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="235"/>
        <source>The amount can only contain digits and a decimal point, not “{char}”.</source>
        <translation>金额只能包含数字和小数点，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="238"/>
        <source>The amount is not a valid number: type it like 100 or 100.50.</source>
        <translation>金额格式不正确，应为 100 或 100.50 这样的数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="241"/>
        <source>The amount can have at most two decimal places (to the fen); it has {decimals}.</source>
        <translation>金额最多两位小数（精确到分），现为 {decimals} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="245"/>
        <source>The amount cannot be less than {minimum}.</source>
        <translation>金额不能小于 {minimum}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="248"/>
        <source>A single amount cannot be more than {maximum}.</source>
        <translation>单笔金额不能超过 {maximum}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="251"/>
        <source>The amount must be an exact decimal number.</source>
        <translation>金额必须是精确的十进制数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="254"/>
        <source>The amount is not valid ({code}).</source>
        <translation>金额有误（{code}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="256"/>
        <source>Choose an existing customer or fill in the new customer&apos;s details.</source>
        <translation>请选择已有客户，或填写新客户资料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="259"/>
        <source>An existing customer is chosen: do not fill in new customer details as well.</source>
        <translation>已选择已有客户时不能再填写新客户资料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="268"/>
        <source>Please choose the ID type.</source>
        <translation>请选择证件类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="269"/>
        <source>This ID number is already registered to another customer.</source>
        <translation>该证件号码已登记在另一位客户名下</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="272"/>
        <source>This unified social credit code is already registered to another organisation.</source>
        <translation>该统一社会信用代码已登记在另一家单位名下</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="276"/>
        <source>This ID number is registered to customer “{registered_name}”, which does not match the name entered. Check the ID number; if the customer has changed their name, correct the customer&apos;s details first.</source>
        <translation>该证件号码已登记为客户“{registered_name}”，与填写的姓名不符。请核对证件号码；如客户已改名，请先办理客户资料更正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="282"/>
        <source>This unified social credit code is registered to “{registered_name}”, which does not match the organisation name entered. Check the code; if the organisation has been renamed, correct the customer&apos;s details first.</source>
        <translation>该统一社会信用代码已登记为“{registered_name}”，与填写的单位名称不符。请核对代码；如单位已更名，请先办理客户资料更正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="288"/>
        <source>Fill in both the emergency contact&apos;s name and mobile number, or neither.</source>
        <translation>紧急联系人的姓名和手机号需同时填写</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="291"/>
        <source>This field does not apply to this type of customer.</source>
        <translation>该类客户没有此项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="294"/>
        <source>Please give the reason for the change.</source>
        <translation>请填写修改原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="295"/>
        <location filename="../../counter_app/views/messages.py" line="495"/>
        <source>The reason can be at most {max} characters.</source>
        <translation>原因最长 {max} 字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="296"/>
        <source>The utility is not valid.</source>
        <translation>业务类别无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="297"/>
        <source>This system does not serve that utility.</source>
        <translation>本系统未开通该业务类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="300"/>
        <source>The tariff class “{value}” does not exist.</source>
        <translation>价格类别“{value}”不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="303"/>
        <source>Please choose the tariff class.</source>
        <translation>请选择价格类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="304"/>
        <source>The billing mode is not valid.</source>
        <translation>付费方式无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="305"/>
        <source>Please enter the meter number.</source>
        <translation>请输入表号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="306"/>
        <source>The meter number can only contain letters and digits, not “{char}”.</source>
        <translation>表号只能包含字母和数字，不能包含“{char}”</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="309"/>
        <source>The meter number can be at most {max} characters.</source>
        <translation>表号最长 {max} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="312"/>
        <source>Meter number {value} is already registered to account {account_number}.</source>
        <translation>表号 {value} 已登记在户号 {account_number} 下</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="315"/>
        <source>“{name}” is not on the list of documents this service needs.</source>
        <translation>“{name}”不在本业务的所需资料清单中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="318"/>
        <source>The document type “{value}” is not valid.</source>
        <translation>单据类型“{value}”无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="321"/>
        <source>The document number is empty or too long.</source>
        <translation>单据编号为空或过长</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="324"/>
        <source>The document&apos;s content digest must be a SHA-256 of 64 hexadecimal characters.</source>
        <translation>单据内容摘要应为 64 位十六进制 SHA-256</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="328"/>
        <source>The layout “{value}” is not valid.</source>
        <translation>版式“{value}”无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="329"/>
        <source>The PDF file path can be at most {max} characters.</source>
        <translation>PDF 保存路径最长 {max} 字符</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="336"/>
        <source>The account number is empty.</source>
        <translation>户号为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="337"/>
        <source>There is no account {account_number}.</source>
        <translation>户号 {account_number} 不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="338"/>
        <source>There is no account {account_number}. The cell is an Excel number, so leading zeros may be lost: format the column as text.</source>
        <translation>户号 {account_number} 不存在（该单元格是数字格式，户号开头的 0 可能已丢失，请把户号列设为文本后重新导出）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="343"/>
        <source>The account does not exist.</source>
        <translation>该户不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="344"/>
        <source>Account {account_number} is closed ({closed_on}).</source>
        <translation>户号 {account_number} 已销户（{closed_on}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="347"/>
        <source>No {tariff_class} tariff is in force on {on}.</source>
        <translation>{on} 没有适用于“{tariff_class}”的价格</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="350"/>
        <source>A bill for {period} already exists ({number}).</source>
        <translation>{period} 的账单已存在（{number}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="353"/>
        <source>Account {account_number} is prepaid: prepaid accounts are not billed from readings.</source>
        <translation>户号 {account_number} 是预付费户，不按抄表出账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="357"/>
        <source>The reading date is empty.</source>
        <translation>抄表日期为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="358"/>
        <source>The date &quot;{value}&quot; cannot be read: write it as 2026-11-20, 2026/11/20 or 20261120.</source>
        <translation>抄表日期“{value}”无法识别，请写成 2026-11-20、2026/11/20 或 20261120</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="362"/>
        <source>The reading date {read_on} is after today ({today}).</source>
        <translation>抄表日期 {read_on} 晚于今天（{today}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="365"/>
        <source>The reading date {read_on} is not after the previous reading&apos;s date {previous_read_on}.</source>
        <translation>抄表日期 {read_on} 不晚于上次抄表日期 {previous_read_on}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="369"/>
        <source>The reading is empty.</source>
        <translation>本次读数为空</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="370"/>
        <source>The reading &quot;{value}&quot; is not a number.</source>
        <translation>本次读数“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="371"/>
        <source>The reading cannot be negative.</source>
        <translation>本次读数不能为负数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="372"/>
        <source>The reading has {decimals} decimals; at most 3 are allowed.</source>
        <translation>本次读数最多三位小数，现为 {decimals} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="375"/>
        <source>The reading is larger than any meter shows.</source>
        <translation>本次读数超出表计范围</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="378"/>
        <source>The reading must be a number of at most 3 decimals, not negative.</source>
        <translation>读数须为不小于 0、最多 3 位小数的数字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="381"/>
        <source>The reading is below the previous reading {previous}.</source>
        <translation>本次读数 {reading} 小于上次读数 {previous}（{previous_read_on}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="384"/>
        <source>The source of the reading is not valid.</source>
        <translation>读数来源无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="385"/>
        <source>Account {account_number} is in the file more than once with different values (also row {rows}).</source>
        <translation>户号 {account_number} 在文件中出现多次且内容不同（第 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="390"/>
        <source>The row has a problem ({code}).</source>
        <translation>数据有误（{code}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="392"/>
        <source>Only .xlsx and .csv files can be imported.</source>
        <translation>只能导入 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="393"/>
        <source>Old .xls files cannot be read: save the file as .xlsx in Excel.</source>
        <translation>旧版 .xls 文件请先在 Excel 中另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="396"/>
        <source>The file {path} does not exist.</source>
        <translation>找不到文件 {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="397"/>
        <source>The file is damaged or is not what its name says; it cannot be read.</source>
        <translation>文件已损坏或格式与扩展名不符，无法读取</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="400"/>
        <source>The CSV file&apos;s text encoding is not known: save it as UTF-8 or GBK.</source>
        <translation>CSV 文件编码无法识别，请保存为 UTF-8 或 GBK 编码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="403"/>
        <source>The file is larger than {max_mb} MB ({size_kb} KB). Split it and import the parts one by one.</source>
        <translation>文件过大（{size_kb} KB），最大 {max_mb} MB，请分批导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="408"/>
        <source>The file has more than {max_rows} rows. Split it and import the parts one by one.</source>
        <translation>文件超过 {max_rows} 行数据，请分批导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="412"/>
        <source>The file is empty.</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="413"/>
        <source>No header row found: the first row must name the columns 户号, 抄表日期 and 本次读数. Missing: {missing}.</source>
        <translation>找不到表头：第一行应为 户号、抄表日期、本次读数（缺少：{missing}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="418"/>
        <source>The file has a header row but no readings.</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="419"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>已取消导入，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="420"/>
        <source>The file cannot be imported ({code}).</source>
        <translation>无法导入（{code}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="422"/>
        <source>No shift is open: open a shift before taking money.</source>
        <translation>尚未开班：请先开班再收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="425"/>
        <source>Your open shift is at counter {counter_number}: work there, or close that shift first.</source>
        <translation>您的班次开在 {counter_number} 号窗口：请在该窗口办理，或先结束该班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="429"/>
        <source>You already have a shift open at counter {counter_number}.</source>
        <translation>您已在 {counter_number} 号窗口开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="432"/>
        <source>Clerk {employee_no} has a shift open at this counter.</source>
        <translation>本窗口已由柜员 {employee_no} 开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="435"/>
        <source>You signed in without a counter: sign in at a counter to open a shift.</source>
        <translation>登录时未选择窗口：请在窗口登录后再开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="438"/>
        <source>The business day {business_date} is closed: nothing more can be booked on it.</source>
        <translation>营业日 {business_date} 已日结，不能再办理业务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="442"/>
        <source>Choose a period whose end is not before its start, at most {max_days} days long.</source>
        <translation>请选择结束日期不早于开始日期、且不超过 {max_days} 天的期间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="449"/>
        <source>The approval was given for {approved_amount}, not {amount}: the shift manager must approve this amount.</source>
        <translation>该授权的金额为 {approved_amount}，不是 {amount}，请值班长按此金额重新授权</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="468"/>
        <source>Please choose how the customer pays.</source>
        <translation>请选择支付方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="469"/>
        <source>The payment method is not valid.</source>
        <translation>支付方式无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="470"/>
        <source>The payment methods add up to {tenders_total}, which is not the payment amount {amount}.</source>
        <translation>各支付方式合计 {tenders_total} 与缴费金额 {amount} 不一致</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="474"/>
        <source>Cash can only be entered on one line.</source>
        <translation>现金只能填写一行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="477"/>
        <source>Enter the transaction reference (serial or voucher number) of a non-cash payment.</source>
        <translation>非现金支付请填写交易参考号（流水号/凭证号）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="481"/>
        <source>The transaction reference can be at most {max} characters.</source>
        <translation>交易参考号最长 {max} 位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="484"/>
        <source>Cash received {received} is less than the cash due {cash}.</source>
        <translation>实收现金 {received} 少于应收现金 {cash}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="487"/>
        <source>Leave cash received empty when nothing is paid in cash.</source>
        <translation>没有现金支付时不填写实收现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="490"/>
        <source>The payment confirmation number is not valid. Open the confirmation screen again.</source>
        <translation>缴费确认编号无效，请重新打开确认界面</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="498"/>
        <source>The satisfaction rating is not valid.</source>
        <translation>满意度评价无效</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="501"/>
        <source>Enter either the amount to spend or the volume to buy.</source>
        <translation>请输入购买金额或购买量中的一项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="504"/>
        <source>The volume must be more than zero, with at most three decimal places.</source>
        <translation>购买量应大于零，最多三位小数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="507"/>
        <source>This account is not a prepaid (IC card) account.</source>
        <translation>该户号不是预付费（IC卡）用户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="510"/>
        <source>At the tiered prices this exact amount cannot be bought; the amount that can be bought is {suggested}.</source>
        <translation>按阶梯价格无法恰好购买该金额，可购买金额为 {suggested}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="515"/>
        <source>The amount is too small to buy the smallest metered unit.</source>
        <translation>金额不足以购买最小计量单位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="518"/>
        <source>The tier or the prices have changed: this volume now costs {suggested}. Get a new quote.</source>
        <translation>阶梯位置或价格已变化，该购买量现需 {suggested}，请重新报价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="522"/>
        <source>This account has overdue bills and the late fee is at least ¥1.00: a partial payment must be at least {minimum}.</source>
        <translation>该户有逾期账单，违约金最低 ¥1.00：部分缴费金额至少为 {minimum}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="447"/>
        <source>This needs the shift manager&apos;s approval.</source>
        <translation>此操作需要值班长授权</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="332"/>
        <source>Not opened: the customer owes {total} on other accounts.</source>
        <translation>未开户：该客户其他户号欠费 {total}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="527"/>
        <source>This confirmation number was already used for another payment. Open the confirmation screen again.</source>
        <translation>该确认编号已用于另一笔缴费，请重新打开确认界面</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="532"/>
        <source>Receipt {receipt_no} does not exist.</source>
        <translation>收据 {receipt_no} 不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="533"/>
        <source>The payment does not exist.</source>
        <translation>缴费记录不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="534"/>
        <source>The print record does not exist.</source>
        <translation>打印记录不存在</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="535"/>
        <source>This receipt&apos;s printing is already registered; to print it again, use Reprint.</source>
        <translation>该收据已登记过打印，再次打印请使用补打</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="539"/>
        <source>This receipt has already been voided.</source>
        <translation>该收据已作废</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="540"/>
        <source>This receipt has been refunded ({refund_receipt_no}) and cannot be voided.</source>
        <translation>该收据已退费（{refund_receipt_no}），不能作废</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="543"/>
        <source>The account has a later payment {receipt_no}: void the newer payment first.</source>
        <translation>该户之后还有缴费 {receipt_no}，请先作废较新的缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="547"/>
        <source>Only receipts of this service hall can be voided.</source>
        <translation>只能作废本营业厅的收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="550"/>
        <source>Only today&apos;s payments can be voided: make a refund for an earlier day&apos;s payment.</source>
        <translation>只能作废当日的缴费，往日缴费请办理退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="554"/>
        <source>The day is closed, so the payment cannot be voided: make a refund instead.</source>
        <translation>当日已日结，不能作废，请办理退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="557"/>
        <source>A refund receipt cannot be refunded.</source>
        <translation>退费单不能再退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="558"/>
        <source>This receipt has been voided; no refund is needed.</source>
        <translation>该收据已作废，无需退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="561"/>
        <source>This receipt has already been refunded ({refund_receipt_no}).</source>
        <translation>该收据已退费（{refund_receipt_no}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="564"/>
        <source>The credit this payment left on the account has been used since (credit now {credit}, the refund needs {needed}), so the payment cannot be refunded in full.</source>
        <translation>该笔缴费形成的预存余额已被使用（现余额 {credit}，需退 {needed}），不能整笔退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="570"/>
        <source>This transaction has already been rated.</source>
        <translation>该笔业务已评价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="580"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="581"/>
        <source>residence permit number</source>
        <translation>居住证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="582"/>
        <source>passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="583"/>
        <source>travel permit number</source>
        <translation>通行证号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="585"/>
        <source>document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/messages.py" line="587"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MeterReadingDialog</name>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="132"/>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="137"/>
        <source>Enter reading</source>
        <translation>录入读数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="138"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="141"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="156"/>
        <source>Account number</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="160"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="180"/>
        <source>e.g. 1234.5</source>
        <translation>例如 1234.5</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="185"/>
        <source>Enter reading and bill</source>
        <translation>录入读数并出账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="196"/>
        <source>Account number:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="198"/>
        <source>Reading date:</source>
        <translation>抄表日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="199"/>
        <source>Reading:</source>
        <translation>本次读数：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="202"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="230"/>
        <source>Your role cannot enter meter readings.</source>
        <translation>您的角色无权录入抄表读数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="235"/>
        <source>Tier</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="235"/>
        <source>Tier {n}</source>
        <translation>第{n}阶梯</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="237"/>
        <source>Volume ({unit})</source>
        <translation>用量（{unit}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="237"/>
        <source>Volume</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="241"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="242"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="258"/>
        <source>Account number {number} does not belong to this account.</source>
        <translation>户号 {number} 不属于该账户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="294"/>
        <source>{number}  {name}  {address}</source>
        <translation>{number}  {name}  {address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="302"/>
        <source>Previous reading {reading} {unit} on {date}.</source>
        <translation>上次读数 {reading} {unit}（{date}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="310"/>
        <source>No reading yet: this one is the meter&apos;s starting point and makes no bill.</source>
        <translation>尚无读数：本次读数作为表计起始读数，不出账单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="314"/>
        <source>The account is closed: it takes no new readings.</source>
        <translation>该户已销户，不能再录入读数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="317"/>
        <source>Prepaid account: readings are not billed.</source>
        <translation>预付费户：读数不出账单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="347"/>
        <source>Below the previous reading {previous}.</source>
        <translation>低于上次读数 {previous}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="353"/>
        <source>Usage since {date}: {usage} {unit}</source>
        <translation>自 {date} 起用量：{usage} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="392"/>
        <source>Starting reading {reading} of {number} stored on {date}. The next reading will be billed from it.</source>
        <translation>已保存 {number} 的起始读数 {reading}（{date}），下次读数将从此起算出账。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="409"/>
        <source>Bill {number} for {period}, account {account}</source>
        <translation>账单 {number}，账期 {period}，户号 {account}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="413"/>
        <source>Previous {previous} ({previous_on}) → current {current} ({current_on})</source>
        <translation>上次 {previous}（{previous_on}）→ 本次 {current}（{current_on}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="420"/>
        <source>Usage {usage} {unit}; used earlier this year {before} {unit}</source>
        <translation>用量 {usage} {unit}；本年此前已用 {before} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="429"/>
        <source>Amount {amount}, due {due}</source>
        <translation>金额 {amount}，缴费截止 {due}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="440"/>
        <source>An .xlsx file (first sheet) or a .csv file (UTF-8 or GBK). The header row names the columns 户号 (account_number), 抄表日期 (read_on) and 本次读数 (reading); other columns are ignored. Every row is checked first: if any row has a problem, nothing is imported.</source>
        <translation>.xlsx 文件（第一个工作表）或 .csv 文件（UTF-8 或 GBK 编码）。表头行须包含 户号、抄表日期、本次读数 三列，其余列忽略。导入前逐行检查：任何一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="447"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="451"/>
        <source>Check only, do not import</source>
        <translation>仅检查，不导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="453"/>
        <source>Import this file</source>
        <translation>导入此文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="457"/>
        <source>Save a blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="473"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="489"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="490"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="492"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="512"/>
        <source>Only a hall manager can import meter readings.</source>
        <translation>只有营业厅主管可以导入抄表数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="531"/>
        <source>Choose a meter readings file</source>
        <translation>选择抄表数据文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="533"/>
        <source>Meter readings (*.xlsx *.csv)</source>
        <translation>抄表数据 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="543"/>
        <source>Save a blank meter readings template</source>
        <translation>保存空白抄表数据模板</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="544"/>
        <source>meter-readings.xlsx</source>
        <translation>抄表数据模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="545"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="554"/>
        <source>The template could not be saved: {error}</source>
        <translation>模板未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="559"/>
        <source>Template saved to {path}.</source>
        <translation>模板已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="579"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="579"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="592"/>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="623"/>
        <source>{file} ({rows} rows)</source>
        <translation>{file}（{rows} 行）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="628"/>
        <source>{n} repeated row(s) counted once.</source>
        <translation>{n} 行重复数据，只计一次。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="637"/>
        <source>{n} problem(s) found. Nothing was imported: correct the rows below and import the file again.</source>
        <translation>发现 {n} 处问题，未导入任何数据：请改正下列各行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="645"/>
        <source>Imported: {readings} readings, {bills} bills totalling {total}, {baselines} starting readings (no bill).</source>
        <translation>已导入：{readings} 条读数，{bills} 张账单，合计 {total}，{baselines} 条起始读数（不出账）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="660"/>
        <source>Check passed. Importing would create {bills} bills totalling {total} and {baselines} starting readings. Nothing has been imported yet.</source>
        <translation>检查通过。导入将生成 {bills} 张账单，合计 {total}，以及 {baselines} 条起始读数。尚未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="205"/>
        <source>Opening float, e.g. 500.00</source>
        <translation>备用金，例如 500.00</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="207"/>
        <source>Open shift (F8)</source>
        <translation>开班（F8）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="217"/>
        <source>Account number, bill or receipt barcode, phone (F3)</source>
        <translation>户号、账单或收据条码、手机号（F3）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="227"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="228"/>
        <source>Bill</source>
        <translation>账单金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="229"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="230"/>
        <source>Outstanding</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="231"/>
        <source>Due date</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="232"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="233"/>
        <source>Late fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="248"/>
        <source>Waive late fee (F4)</source>
        <translation>减免违约金（F4）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="250"/>
        <source>Meter readings (F7)</source>
        <translation>抄表 (F7)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="261"/>
        <source>Volume (prepaid)</source>
        <translation>购买量（预付费）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="269"/>
        <source>Tenders (leave empty to take everything in cash)</source>
        <translation>支付方式（不填则全部按现金收取）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="224"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="225"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="226"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="227"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/labels.py" line="228"/>
        <source>Transfer / cheque</source>
        <translation>转账/支票</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="283"/>
        <source>Reference number</source>
        <translation>交易参考号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="296"/>
        <source>Amount to pay:</source>
        <translation>缴费金额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="300"/>
        <source>Volume:</source>
        <translation>购买量：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="301"/>
        <source>Cash received:</source>
        <translation>实收现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="307"/>
        <source>Confirm payment (F12)</source>
        <translation>确认收费（F12）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="321"/>
        <source>Reprint receipt (F10)</source>
        <translation>补打收据（F10）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="323"/>
        <source>Void receipt (F11)</source>
        <translation>冲正收据（F11）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="325"/>
        <source>Refund receipt (Shift+F11)</source>
        <translation>退费（Shift+F11）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="328"/>
        <source>Print waiting receipts</source>
        <translation>打印待补打收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="335"/>
        <source>Preview last receipt (F9)</source>
        <translation>预览上一张收据（F9）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="436"/>
        <source>Shift open since {time}, business date {date}, counter {n}.</source>
        <translation>已于 {time} 开班，营业日 {date}，{n} 号窗口。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="444"/>
        <source>No shift is open. Count the opening float and open your shift first.</source>
        <translation>尚未开班。请先清点备用金并开班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="467"/>
        <source>Last payment: receipt {number}, account {account}, {amount}, {time}</source>
        <translation>上一笔缴费：收据 {number}，户号 {account}，{amount}，{time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="480"/>
        <source>No receipt to preview yet.</source>
        <translation>还没有可预览的收据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="488"/>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="497"/>
        <source>{n} receipt(s) waiting to be printed.</source>
        <translation>有 {n} 张收据等待打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="517"/>
        <source>No account found for {query}.</source>
        <translation>未找到与“{query}”对应的户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="519"/>
        <source>Several accounts match: type the account number or scan the bill.</source>
        <translation>匹配到多个户号：请输入完整户号或扫描账单条码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="568"/>
        <source>prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="568"/>
        <source>postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="571"/>
        <source>{number}  {name}  {address}  ({mode}, credit {credit})</source>
        <translation>{number}  {name}  {address}（{mode}，余额 {credit}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="594"/>
        <source>Due: {total}  (bills {principal} + late fee {fee})</source>
        <translation>应缴：{total}（账单 {principal} + 违约金 {fee}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="606"/>
        <source>Late fees under {minimum} are charged as {minimum}: the bills&apos; late fees of {fees} become {charged}.</source>
        <translation>违约金不足 {minimum} 按 {minimum} 收取：各账单违约金合计 {fees}，收取 {charged}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="654"/>
        <source>Waive the late fee of {fee} on account {number}.</source>
        <translation>减免户号 {number} 的违约金 {fee}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="676"/>
        <source>late fee waived: {fee}</source>
        <translation>已减免违约金：{fee}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="692"/>
        <source>{amount} buys {volume} {unit}</source>
        <translation>{amount} 可购买 {volume} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="711"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="785"/>
        <source>Invalid volume.</source>
        <translation>购买量无效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="716"/>
        <source>{volume} {unit} costs {amount}</source>
        <translation>{volume} {unit} 需缴 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="755"/>
        <source>Short by {amount}</source>
        <translation>实收不足，还差 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="759"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="880"/>
        <source>Change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="817"/>
        <source>The database cannot be reached: the payment was NOT taken and nothing was saved. Do not keep the customer&apos;s money as paid; try again when the connection is back.</source>
        <translation>无法连接数据库：本笔缴费未成功，没有保存任何内容。客户的钱不能按已缴处理；网络恢复后请重新收费。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="838"/>
        <source>Cash payment of {amount} on account {number}: above the cash limit.</source>
        <translation>户号 {number} 现金缴费 {amount}，超出现金限额。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="849"/>
        <source>Cash above the limit needs a manager&apos;s approval: the payment was not taken.</source>
        <translation>超出限额的现金缴费须经值班长授权：本笔缴费未收取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="865"/>
        <source>Paid. Receipt {number}, amount {amount}.</source>
        <translation>收费成功。收据号 {number}，金额 {amount}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="870"/>
        <source>Give change: {change}</source>
        <translation>请找零：{change}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="872"/>
        <source>Balance after payment: {balance}</source>
        <translation>缴费后余额：{balance}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="877"/>
        <source>The receipt did not print; it waits in the reprint queue.</source>
        <translation>收据未能打印，已进入待补打队列。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="125"/>
        <source>Reprint receipt</source>
        <extracomment>The receipt shown, once a number has been looked up.</extracomment>
        <translation>补打收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="330"/>
        <source>A reprint needs a reason.</source>
        <translation>补打必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="958"/>
        <source>Reprint {n} of receipt {number} made.</source>
        <translation>已补打收据 {number}（第 {n} 次）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="980"/>
        <source>Still no printer: the receipts keep waiting.</source>
        <translation>仍然没有可用的打印机，收据继续等待打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="126"/>
        <source>Void receipt</source>
        <translation>冲正收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="333"/>
        <source>A void needs a reason.</source>
        <translation>冲正必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="994"/>
        <source>Void receipt {number}: {reason}</source>
        <translation>冲正收据 {number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1010"/>
        <source>Use Refund (Shift+F11) for this receipt.</source>
        <translation>请对该收据办理退费（Shift+F11）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1019"/>
        <source>Receipt {number} voided; its bills are unpaid again.</source>
        <translation>收据 {number} 已冲正，相关账单恢复为未缴。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1024"/>
        <source>The void slip has printed.</source>
        <translation>冲正凭证已打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1027"/>
        <source>The void slip did not print; its PDF waits at {path}.</source>
        <translation>冲正凭证未能打印，PDF 已保存在 {path}，待打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="127"/>
        <source>Refund receipt</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="336"/>
        <source>A refund needs a reason.</source>
        <translation>退费必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1049"/>
        <source>Refund receipt {number} in full, the way it was paid: {reason}</source>
        <translation>收据 {number} 全额退费，按原支付方式退还：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1076"/>
        <source>Receipt {original} refunded with refund receipt {number}.</source>
        <translation>收据 {original} 已退费，退费收据号 {number}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1079"/>
        <source>Give back to the customer: {amount}</source>
        <translation>请退还客户：{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1085"/>
        <source>The refund receipt did not print; it waits in the reprint queue.</source>
        <translation>退费收据未能打印，已进入待补打队列。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="110"/>
        <location filename="../../counter_app/views/pages.py" line="93"/>
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
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="94"/>
        <source>refunded by {number}</source>
        <translation>已由 {number} 退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="135"/>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="325"/>
        <source>Type or scan the receipt number</source>
        <translation>输入或扫描收据号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="144"/>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="158"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="145"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="146"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="147"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="148"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="175"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="176"/>
        <source>Account:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="177"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="178"/>
        <source>Paid at:</source>
        <translation>缴费时间：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="179"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="182"/>
        <source>&amp;Reason for the reprint:</source>
        <translation>补打原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="183"/>
        <source>&amp;Reason for the void:</source>
        <translation>冲正原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="184"/>
        <source>&amp;Reason for the refund:</source>
        <translation>退费原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="194"/>
        <source>Receipt &amp;number:</source>
        <translation>收据号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="197"/>
        <source>This &amp;shift&apos;s receipts:</source>
        <translation>本班收据(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="204"/>
        <source>Re&amp;print</source>
        <translation>补打(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="205"/>
        <source>&amp;Void...</source>
        <translation>冲正(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="206"/>
        <source>Re&amp;fund...</source>
        <translation>退费(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/receipt_dialogs.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="535"/>
        <source>Account opened</source>
        <translation>开户完成</translation>
    </message>
</context>
<context>
    <name>SatisfactionDialog</name>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="98"/>
        <source>Please rate our service</source>
        <translation>请您评价本次服务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="101"/>
        <source>How satisfied are you with this service?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="106"/>
        <source>1 Very satisfied</source>
        <translation>1 非常满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="107"/>
        <source>2 Satisfied</source>
        <translation>2 满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="108"/>
        <source>3 Fairly satisfied</source>
        <translation>3 基本满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="109"/>
        <source>4 Dissatisfied</source>
        <translation>4 不满意</translation>
    </message>
</context>
<context>
    <name>SupplyPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="419"/>
        <source>Supply point</source>
        <translation>供应地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="421"/>
        <source>Same as the customer&apos;s address</source>
        <translation>与客户地址相同</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="435"/>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="436"/>
        <source>Prepaid (IC card)</source>
        <translation>预付费（IC卡）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="440"/>
        <source>Supply &amp;address:</source>
        <translation>供应地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="445"/>
        <source>&amp;Utility:</source>
        <translation>业务类别(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="446"/>
        <source>&amp;Tariff class:</source>
        <translation>价格类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="448"/>
        <source>Bi&amp;lling mode:</source>
        <translation>计费方式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="450"/>
        <source>&amp;Meter number:</source>
        <translation>表号(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>_Period</name>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="76"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="78"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
</TS>
