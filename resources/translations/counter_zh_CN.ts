<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountOpeningWizard</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="421"/>
        <source>Open account</source>
        <translation>开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="441"/>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="456"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="442"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="443"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="444"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="454"/>
        <source>&amp;Open account</source>
        <translation>确认开户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="468"/>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="620"/>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="469"/>
        <source>Supply address: {address}</source>
        <translation>供应地址：{address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="470"/>
        <source>Utility: {kind}, tariff class {tariff}, {mode}</source>
        <translation>业务类别：{kind}，价格类别 {tariff}，{mode}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="475"/>
        <source>Meter number: {meter}</source>
        <translation>表号：{meter}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="476"/>
        <source>Documents received: {docs}</source>
        <translation>已收材料：{docs}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="482"/>
        <source>Missing ({n}): {docs} - a one-time notice will print.</source>
        <translation>缺少材料（{n} 项）：{docs}——将打印一次性告知单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="551"/>
        <source>Not opened: the customer owes {amount} on other accounts.</source>
        <translation>未开户：该客户其他户号欠费 {amount}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="575"/>
        <source>The customer owes {amount} on other accounts ({accounts}). A manager may approve opening this account before the arrears are paid.</source>
        <translation>该客户其他户号欠费 {amount}（{accounts}）。值班长审批后可在结清欠费前开户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="617"/>
        <source>Account number {number}</source>
        <translation>户号 {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="621"/>
        <source>Request {number} ({status})</source>
        <translation>受理单 {number}（{status}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="623"/>
        <source>documents complete</source>
        <translation>资料齐全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="625"/>
        <source>documents incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="630"/>
        <source>To be completed by {date}</source>
        <translation>承诺办结日期：{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="636"/>
        <source>Missing documents: {docs}</source>
        <translation>缺少材料：{docs}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="643"/>
        <source>The typed {fields} differ from the customer&apos;s record; the record was not changed. Correct it in the customer view if the customer confirms.</source>
        <translation>录入的{fields}与客户档案不一致，档案未修改。如客户确认，请在客户信息中更正。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="649"/>
        <source>Possible duplicate: {name} ({accounts}) has the same phone.</source>
        <translation>疑似重复客户：{name}（{accounts}）手机号相同。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="657"/>
        <source>Account opening confirmation</source>
        <translation>开户确认单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="659"/>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="662"/>
        <source>{what} printed on {printer}. Copy: {path}</source>
        <translation>{what}已在 {printer} 打印。存档：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="667"/>
        <source>{what} was not printed (no printer available); it waits in the reprint queue. PDF copy: {path}</source>
        <translation>{what}未打印（没有可用的打印机），已进入待补打队列。PDF 存档：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="672"/>
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
    <name>AuditPage</name>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="115"/>
        <source>Check the audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="127"/>
        <source>Verify receipt</source>
        <translation>验证收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="128"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="408"/>
        <source>Print register</source>
        <translation>打印登记</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="129"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="418"/>
        <source>Approvals</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="141"/>
        <source>Scan the receipt&apos;s QR code, or paste its text</source>
        <translation>扫描收据二维码，或粘贴其内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="143"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="182"/>
        <source>Genuine receipt, in force.</source>
        <translation>收据真实有效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="186"/>
        <source>Genuine receipt, but VOIDED since: the money was given back.</source>
        <translation>收据真实，但已冲正：款项已退回。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="190"/>
        <source>Genuine receipt, but REFUNDED since with receipt {number}.</source>
        <translation>收据真实，但已退费（退费收据 {number}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="196"/>
        <source>Not a receipt code of this system.</source>
        <translation>不是本系统的收据二维码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="200"/>
        <source>NOT GENUINE: the code&apos;s signature does not match. Forged or altered.</source>
        <translation>非真实收据：二维码签名不符，已被伪造或篡改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="204"/>
        <source>NOT GENUINE: no payment with this receipt number exists.</source>
        <translation>非真实收据：不存在该收据号的缴费记录。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="209"/>
        <source>NOT GENUINE: the code does not match the stored payment (amount, account or time differ).</source>
        <translation>非真实收据：二维码与系统记录不符（金额、户号或时间不同）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="218"/>
        <source>Receipt number: {number}</source>
        <translation>收据号：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="221"/>
        <source>Amount as stored: {amount}</source>
        <translation>系统记录金额：{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="224"/>
        <source>Account: {number}</source>
        <translation>户号：{number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="227"/>
        <source>Paid at {time} in hall {hall}, clerk {clerk}</source>
        <translation>缴费时间 {time}，营业厅 {hall}，经办 {clerk}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="234"/>
        <source>Compare the printed receipt with the stored values above.</source>
        <translation>请将纸质收据与上述系统记录逐项核对。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="247"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="248"/>
        <source>Void slip</source>
        <translation>冲正单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="249"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="250"/>
        <source>Account opening confirmation</source>
        <translation>开户确认单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="251"/>
        <source>Missing documents notice</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="252"/>
        <source>Complaint slip</source>
        <translation>投诉受理单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="253"/>
        <source>Shift report</source>
        <translation>班次报表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="254"/>
        <source>Daily report</source>
        <translation>营业日报</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="255"/>
        <source>Settlement slip</source>
        <translation>结算单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="261"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="352"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="266"/>
        <source>All documents</source>
        <translation>全部单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="271"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="356"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="279"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="362"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="280"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="281"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="283"/>
        <source>Copy</source>
        <translation>联次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="285"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="287"/>
        <source>Reprint {n}</source>
        <translation>补打 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="291"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="365"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="292"/>
        <source>By</source>
        <translation>经办</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="294"/>
        <location filename="../../counter_app/views/audit/audit_page.py" line="369"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="298"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="299"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="299"/>
        <source>waiting</source>
        <translation>待打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="302"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="304"/>
        <source>Content hash</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="333"/>
        <source>{n} prints, of which {reprints} reprints; {waiting} not printed.</source>
        <translation>共 {n} 次打印，其中补打 {reprints} 次；{waiting} 次未打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="346"/>
        <source>Void</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="347"/>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="348"/>
        <source>Late fee waiver</source>
        <translation>减免违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="349"/>
        <source>Large cash payment</source>
        <translation>大额现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="350"/>
        <source>Account despite arrears</source>
        <translation>欠费开户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="363"/>
        <source>Approved</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="364"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="366"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="367"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="394"/>
        <source>{n} approvals.</source>
        <translation>共 {n} 条审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="433"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="433"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="441"/>
        <source>{start} to {end}; exported {time} by {employee}</source>
        <translation>{start} 至 {end}；{time} 由 {employee} 导出</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="449"/>
        <source>{n} rows</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="455"/>
        <source>The workbook could not be saved: {error}</source>
        <translation>工作簿未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="458"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="462"/>
        <source>Only the newest {limit} are shown: choose a shorter period.</source>
        <translation>只显示最新的 {limit} 条，请缩短查询期间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="469"/>
        <source>Choose a period whose end is not before its start, at most {days} days long.</source>
        <translation>请选择结束日期不早于开始日期、且不超过 {days} 天的期间。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="485"/>
        <source>Audit trail intact: {n} entries, every link checked.</source>
        <translation>审计日志完整：共 {n} 条，逐条校验通过。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="493"/>
        <source>AUDIT TRAIL BROKEN at entry {id}: it or the one before it was changed or removed. Report this to the administrator.</source>
        <translation>审计日志在第 {id} 条处断裂：该条或其前一条已被修改或删除。请立即报告系统管理员。</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="343"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="344"/>
        <source>Check with the customer, then press Open account.</source>
        <translation>请与客户核对后，点击“确认开户”。</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="84"/>
        <source>Pending connection</source>
        <translation>待通气</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="85"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="86"/>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="87"/>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="90"/>
        <source>No account</source>
        <translation>无户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="96"/>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="97"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="98"/>
        <source>Water</source>
        <translation>自来水</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="105"/>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="106"/>
        <source>Prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="113"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="114"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="121"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="122"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="125"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="126"/>
        <source>Mainland travel permit for HK/Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="140"/>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="141"/>
        <source>Partly paid</source>
        <translation>部分缴纳</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="142"/>
        <source>Paid</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="143"/>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="150"/>
        <source>Bill payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="151"/>
        <source>Prepaid top-up</source>
        <translation>预付费充值</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="152"/>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="153"/>
        <source>Service fee</source>
        <translation>业务费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="160"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="161"/>
        <source>Voided</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="168"/>
        <source>Documents incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="171"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="172"/>
        <source>Awaiting approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="175"/>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="176"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="177"/>
        <source>Work completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="178"/>
        <source>Follow-up call done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="181"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="182"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="183"/>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="190"/>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="191"/>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="192"/>
        <source>Supply</source>
        <translation>供应保障</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="193"/>
        <source>Prices and fees</source>
        <translation>价格收费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="194"/>
        <source>Equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="195"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="202"/>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="203"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="204"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="211"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="212"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="215"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="216"/>
        <source>Concluded</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="217"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="224"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="225"/>
        <source>Void slip</source>
        <translation>冲正单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="226"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="227"/>
        <source>Account opening confirmation</source>
        <translation>开户确认单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="230"/>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="233"/>
        <source>Complaint slip</source>
        <translation>投诉受理单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="234"/>
        <source>Shift report</source>
        <translation>交接班报表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="235"/>
        <source>Daily report</source>
        <translation>营业日报</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="236"/>
        <source>Settlement slip</source>
        <translation>结算单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="245"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="246"/>
        <source>Corrected</source>
        <translation>资料更正</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="247"/>
        <source>Full value viewed</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="248"/>
        <source>Personal data erased</source>
        <translation>个人信息已注销</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="255"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="256"/>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="257"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="258"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="259"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="260"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="261"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="262"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="263"/>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="270"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="271"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="276"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="294"/>
        <source>Full {field} shown</source>
        <translation>已查看完整{field}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="297"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="298"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="129"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="132"/>
        <source>Type the ID number first: a customer who already has accounts is found and reused.</source>
        <translation>请先录入证件号码：已有户号的客户会被自动找到并沿用其档案。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="135"/>
        <source>&amp;Individual</source>
        <translation>个人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="137"/>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="153"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="154"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="155"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="156"/>
        <source>Mainland travel permit for HK/Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="166"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="167"/>
        <source>ID &amp;number:</source>
        <translation>证件号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="168"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="169"/>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="170"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="171"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="172"/>
        <source>Emergency phone:</source>
        <translation>紧急联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="182"/>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="183"/>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="184"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="185"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="186"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="229"/>
        <source>Existing customer: {name}, accounts {accounts}.</source>
        <translation>已有客户：{name}，户号 {accounts}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="233"/>
        <source>Arrears {amount}: a manager must approve.</source>
        <translation>欠费 {amount}：需值班长审批。</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="93"/>
        <source>Account no. / name / mobile / ID no. / meter no. / address / scan barcode</source>
        <translation>户号 / 姓名 / 手机 / 证件号 / 表号 / 地址 / 扫码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="105"/>
        <source>New account (Ctrl+N)</source>
        <translation>开户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="157"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="180"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="158"/>
        <source>(no account)</source>
        <translation>（无户号）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="161"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="162"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="186"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="163"/>
        <location filename="../../counter_app/views/customers/search_page.py" line="185"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="165"/>
        <source>Supply address</source>
        <translation>供应地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="170"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="172"/>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="181"/>
        <source>Bill barcode</source>
        <translation>账单条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="182"/>
        <source>Receipt barcode</source>
        <translation>收据条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="183"/>
        <source>Work order barcode</source>
        <translation>工单条码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="184"/>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="187"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="188"/>
        <source>Part of name</source>
        <translation>姓名包含</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="189"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="240"/>
        <source>No match for “{query}”.</source>
        <translation>没有找到与“{query}”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="243"/>
        <source>More than {n} matches — type more to narrow the search.</source>
        <translation>匹配结果超过 {n} 条，请继续输入以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="246"/>
        <source>Exact match. Press Enter to open it.</source>
        <translation>精确匹配。按 Enter 打开。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="248"/>
        <source>{n} matches. Press Enter to open the first one.</source>
        <translation>找到 {n} 条。按 Enter 打开第一条。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="253"/>
        <source>Short address fragment: only the newest accounts were searched. Type at least 3 characters to search all addresses.</source>
        <translation>地址关键字过短，仅查找了最近开立的户号。请至少输入 3 个字以查找全部地址。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="258"/>
        <source>The query was too long; only its beginning was used.</source>
        <translation>输入内容过长，只按开头部分查找。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/search_page.py" line="264"/>
        <source>Type an account number, name, mobile, ID number, meter number or part of the address, or scan the barcode on a bill, receipt or work order.</source>
        <translation>请输入户号、姓名、手机号、证件号码、表号或部分地址，或扫描账单、收据、工单上的条码。</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="377"/>
        <source>Back to results (Esc)</source>
        <translation>返回查询结果（Esc）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="394"/>
        <source>Personal data erased at the customer&apos;s request; history kept.</source>
        <translation>个人信息已按客户要求注销，历史记录仍保留。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="434"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="444"/>
        <source>Show full ID number</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="448"/>
        <source>Show full phone</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="455"/>
        <source>Show full contact</source>
        <translation>显示完整联系人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="472"/>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="474"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="478"/>
        <source>Customer since:</source>
        <translation>建档日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="497"/>
        <source>Pay (F5)</source>
        <translation>缴费（F5）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="499"/>
        <source>New request (F6)</source>
        <translation>业务受理（F6）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="502"/>
        <source>Complaint (F7)</source>
        <translation>投诉（F7）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="504"/>
        <source>Edit details (F2)</source>
        <translation>修改资料（F2）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="505"/>
        <source>Refresh (F9)</source>
        <translation>刷新（F9）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="543"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="565"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="588"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="605"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="630"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="648"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="658"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="544"/>
        <source>Utility</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="545"/>
        <source>Supply address</source>
        <translation>供应地址</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="546"/>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="547"/>
        <source>Tariff</source>
        <translation>价格类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="548"/>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="550"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="577"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="590"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="604"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="628"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="554"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="556"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="558"/>
        <source>Opened</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="564"/>
        <source>Bill no.</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="566"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="567"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="568"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="593"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="569"/>
        <source>Amount paid</source>
        <translation>已缴金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="571"/>
        <source>Outstanding</source>
        <translation>未缴金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="574"/>
        <source>Due date</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="587"/>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="589"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="591"/>
        <source>Business date</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="592"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="654"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="664"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="594"/>
        <source>Late fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="595"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="647"/>
        <location filename="../../counter_app/views/customers/customer_view.py" line="657"/>
        <source>Clerk</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="602"/>
        <source>Request no.</source>
        <translation>受理单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="603"/>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="606"/>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="608"/>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="610"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="612"/>
        <source>Missing documents</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="621"/>
        <source>Complaint no.</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="622"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="624"/>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="629"/>
        <source>Received at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="636"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="637"/>
        <source>Number</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="638"/>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="639"/>
        <source>Reprint no.</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="641"/>
        <source>On paper</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="646"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="655"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="656"/>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="665"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="666"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="667"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="668"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="683"/>
        <source>Reprint selected document</source>
        <translation>补打所选单据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="736"/>
        <source>Accounts ({n})</source>
        <translation>户号（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="737"/>
        <source>Bills ({n})</source>
        <translation>账单（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="738"/>
        <source>Payments ({n})</source>
        <translation>缴费记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="739"/>
        <source>Open requests ({n})</source>
        <translation>在办业务（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="740"/>
        <source>Complaints ({n})</source>
        <translation>投诉（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="741"/>
        <source>Printed documents ({n})</source>
        <translation>打印记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="742"/>
        <source>Contacts ({n})</source>
        <translation>联系记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="743"/>
        <source>Change history ({n})</source>
        <translation>变更记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="764"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="770"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="816"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="819"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="824"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="827"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="844"/>
        <source>Balance {amount}</source>
        <translation>余额 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="847"/>
        <source>Arrears {amount}</source>
        <translation>欠费 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="894"/>
        <source>No account selected</source>
        <translation>未选择户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/customer_view.py" line="898"/>
        <source>Account {number} ({status})</source>
        <translation>户号 {number}（{status}）</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="318"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="321"/>
        <source>Tick every document the customer handed in. If any is missing the request is saved as incomplete and a one-time notice listing all missing documents prints.</source>
        <translation>请勾选客户已提交的全部材料。如有缺少，受理单保存为“资料不全”，并打印一次性告知单列明全部缺少的材料。</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="101"/>
        <source>Correct customer details - {name}</source>
        <translation>客户资料更正 - {name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="112"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="113"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="114"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="115"/>
        <source>Mainland travel permit for HK/Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="137"/>
        <source>Required, e.g. customer showed a new ID card; name changed</source>
        <translation>必填，例如：客户出示新身份证；客户已改名</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="141"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="142"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="143"/>
        <source>ID &amp;number:</source>
        <translation>证件号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="144"/>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="145"/>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="153"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="146"/>
        <source>Emergency contact:</source>
        <translation>紧急联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="147"/>
        <source>Emergency phone:</source>
        <translation>紧急联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="149"/>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="150"/>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="151"/>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="152"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="154"/>
        <source>&amp;Reason for the change:</source>
        <translation>更正原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="158"/>
        <source>The ID number and phone are shown masked. Type a new value over the mask to change one; leave it as it is to keep it.</source>
        <translation>证件号码和手机号以掩码显示。如需修改，请直接输入新号码覆盖；保持不变则不修改。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="171"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="284"/>
        <source>Type the emergency contact&apos;s full mobile number again to change the contact, or clear both fields to remove it.</source>
        <translation>修改紧急联系人时请重新输入其完整手机号；如要删除紧急联系人，请清空两栏。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/edit_dialog.py" line="291"/>
        <source>Nothing was changed.</source>
        <translation>没有修改任何内容。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../counter_app/views/errors.py" line="28"/>
        <source>Wrong employee number or password. {n} attempts left before the account is locked.</source>
        <translation>工号或密码错误。再错 {n} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="33"/>
        <source>Wrong employee number or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="37"/>
        <source>Too many wrong passwords. The account is locked until {time}.</source>
        <translation>密码错误次数过多，账号已锁定至 {time}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="40"/>
        <source>The account is locked.</source>
        <translation>账号已锁定。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="43"/>
        <source>You cannot approve your own request. Another manager must approve it.</source>
        <translation>不能审批自己发起的申请，请由其他值班长审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="47"/>
        <source>Only a manager of this hall can approve.</source>
        <translation>只能由本营业厅的值班长审批。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="48"/>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="50"/>
        <source>The database cannot be reached. Nothing was saved. Check the network connection and try again, or call the administrator.</source>
        <translation>无法连接数据库，本次操作未保存任何内容。请检查网络后重试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="57"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="58"/>
        <source>Some input is not valid: {detail}</source>
        <translation>输入有误：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="62"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="64"/>
        <source>This conflicts with an existing record: {detail}</source>
        <translation>与已有记录冲突：{detail}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/errors.py" line="67"/>
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
        <location filename="../../counter_app/views/main_window.py" line="230"/>
        <source>&amp;Counter</source>
        <translation>柜台(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="231"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="234"/>
        <source>&amp;Sign out</source>
        <translation>注销(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="237"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="245"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="285"/>
        <source>No holiday data for {years}: deadlines count Monday to Friday only. Enter the holidays and make-up working days as calendar overrides.</source>
        <translation>缺少 {years} 年的节假日数据：办结时限暂按周一至周五计算。请在日历中录入该年的节假日和调休工作日。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="298"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="300"/>
        <source>Hall: {hall}</source>
        <translation>营业厅：{hall}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="302"/>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="304"/>
        <source>No counter</source>
        <translation>未分配窗口</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="308"/>
        <source>Clerk: {name} [{no}]</source>
        <translation>柜员：{name}［{no}］</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="311"/>
        <source>Business date: {date}</source>
        <translation>营业日：{date}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="314"/>
        <source>Shift: open</source>
        <translation>班次：已开班</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/main_window.py" line="314"/>
        <source>Shift: not open</source>
        <translation>班次：未开班</translation>
    </message>
</context>
<context>
    <name>MeterReadingDialog</name>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="143"/>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="148"/>
        <source>Enter reading</source>
        <translation>录入读数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="149"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="152"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="167"/>
        <source>Account number</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="171"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="188"/>
        <source>e.g. 1234.5</source>
        <translation>例如 1234.5</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="193"/>
        <source>Enter reading and bill</source>
        <translation>录入读数并出账</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="204"/>
        <source>Account number:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="206"/>
        <source>Reading date:</source>
        <translation>抄表日期：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="207"/>
        <source>Reading:</source>
        <translation>本次读数：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="210"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="238"/>
        <source>Your role cannot enter meter readings.</source>
        <translation>您的角色无权录入抄表读数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="243"/>
        <source>Tier</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="243"/>
        <source>Tier {n}</source>
        <translation>第{n}阶梯</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="245"/>
        <source>Volume ({unit})</source>
        <translation>用量（{unit}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="245"/>
        <source>Volume</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="249"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="250"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="266"/>
        <source>Account number {number} does not belong to this account.</source>
        <translation>户号 {number} 不属于该账户。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="302"/>
        <source>{number}  {name}  {address}</source>
        <translation>{number}  {name}  {address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="310"/>
        <source>Previous reading {reading} {unit} on {date}.</source>
        <translation>上次读数 {reading} {unit}（{date}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="318"/>
        <source>No reading yet: this one is the meter&apos;s starting point and makes no bill.</source>
        <translation>尚无读数：本次读数作为表计起始读数，不出账单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="322"/>
        <source>The account is closed: it takes no new readings.</source>
        <translation>该户已销户，不能再录入读数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="325"/>
        <source>Prepaid account: readings are not billed.</source>
        <translation>预付费户：读数不出账单。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="355"/>
        <source>Below the previous reading {previous}.</source>
        <translation>低于上次读数 {previous}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="361"/>
        <source>Usage since {date}: {usage} {unit}</source>
        <translation>自 {date} 起用量：{usage} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="395"/>
        <source>Starting reading {reading} of {number} stored on {date}. The next reading will be billed from it.</source>
        <translation>已保存 {number} 的起始读数 {reading}（{date}），下次读数将从此起算出账。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="412"/>
        <source>Bill {number} for {period}, account {account}</source>
        <translation>账单 {number}，账期 {period}，户号 {account}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="416"/>
        <source>Previous {previous} ({previous_on}) → current {current} ({current_on})</source>
        <translation>上次 {previous}（{previous_on}）→ 本次 {current}（{current_on}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="423"/>
        <source>Usage {usage} {unit}; used earlier this year {before} {unit}</source>
        <translation>用量 {usage} {unit}；本年此前已用 {before} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="432"/>
        <source>Amount {amount}, due {due}</source>
        <translation>金额 {amount}，缴费截止 {due}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="451"/>
        <source>An .xlsx file (first sheet) or a .csv file (UTF-8 or GBK). The header row names the columns 户号 (account_number), 抄表日期 (read_on) and 本次读数 (reading); other columns are ignored. Every row is checked first: if any row has a problem, nothing is imported.</source>
        <translation>.xlsx 文件（第一个工作表）或 .csv 文件（UTF-8 或 GBK 编码）。表头行须包含 户号、抄表日期、本次读数 三列，其余列忽略。导入前逐行检查：任何一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="458"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="462"/>
        <source>Check only, do not import</source>
        <translation>仅检查，不导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="464"/>
        <source>Import this file</source>
        <translation>导入此文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="468"/>
        <source>Save a blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="484"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="500"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="501"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="503"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="523"/>
        <source>Only a hall manager can import meter readings.</source>
        <translation>只有营业厅主管可以导入抄表数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="542"/>
        <source>Choose a meter readings file</source>
        <translation>选择抄表数据文件</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="544"/>
        <source>Meter readings (*.xlsx *.csv)</source>
        <translation>抄表数据 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="554"/>
        <source>Save a blank meter readings template</source>
        <translation>保存空白抄表数据模板</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="555"/>
        <source>meter-readings.xlsx</source>
        <translation>抄表数据模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="556"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="565"/>
        <source>The template could not be saved: {error}</source>
        <translation>模板未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="570"/>
        <source>Template saved to {path}.</source>
        <translation>模板已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="590"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="590"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="603"/>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="634"/>
        <source>{file} ({rows} rows)</source>
        <translation>{file}（{rows} 行）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="639"/>
        <source>{n} repeated row(s) counted once.</source>
        <translation>{n} 行重复数据，只计一次。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="648"/>
        <source>{n} problem(s) found. Nothing was imported: correct the rows below and import the file again.</source>
        <translation>发现 {n} 处问题，未导入任何数据：请改正下列各行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="656"/>
        <source>Imported: {readings} readings, {bills} bills totalling {total}, {baselines} starting readings (no bill).</source>
        <translation>已导入：{readings} 条读数，{bills} 张账单，合计 {total}，{baselines} 条起始读数（不出账）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="671"/>
        <source>Check passed. Importing would create {bills} bills totalling {total} and {baselines} starting readings. Nothing has been imported yet.</source>
        <translation>检查通过。导入将生成 {bills} 张账单，合计 {total}，以及 {baselines} 条起始读数。尚未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="694"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>已取消导入，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="697"/>
        <source>Old .xls files cannot be read: save the file as .xlsx in Excel.</source>
        <translation>无法读取旧版 .xls 文件，请先在 Excel 中另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="698"/>
        <source>Only .xlsx and .csv files can be imported.</source>
        <translation>只能导入 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="700"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="702"/>
        <source>The file is damaged or is not what its name says; it cannot be read.</source>
        <translation>文件已损坏或格式与扩展名不符，无法读取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="704"/>
        <source>The CSV file&apos;s text encoding is not known: save it as UTF-8 or GBK.</source>
        <translation>无法识别 CSV 文件的编码，请保存为 UTF-8 或 GBK 编码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="707"/>
        <source>The file is larger than {mb} MB. Split it and import the parts one by one.</source>
        <translation>文件超过 {mb} MB，请拆分后分批导入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="711"/>
        <source>The file has more than {n} rows. Split it and import the parts one by one.</source>
        <translation>文件超过 {n} 行，请拆分后分批导入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="714"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="723"/>
        <source>No header row found: the first row must name the columns 户号, 抄表日期 and 本次读数. Missing: {columns}.</source>
        <translation>找不到表头：第一行应为 户号、抄表日期、本次读数。缺少：{columns}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="727"/>
        <source>The file has a header row but no readings.</source>
        <translation>文件只有表头，没有读数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="744"/>
        <source>The account number is empty.</source>
        <translation>户号为空。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="745"/>
        <source>There is no account {number}.</source>
        <translation>户号 {number} 不存在。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="746"/>
        <source>Account {number} is closed ({closed_on}).</source>
        <translation>户号 {number} 已销户（{closed_on}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="748"/>
        <source>Account {number} is prepaid: prepaid accounts are not billed from readings.</source>
        <translation>户号 {number} 是预付费户，不按抄表出账。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="750"/>
        <source>The reading date is empty.</source>
        <translation>抄表日期为空。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="752"/>
        <source>The date &quot;{value}&quot; cannot be read: write it as 2026-11-20, 2026/11/20 or 20261120.</source>
        <translation>无法识别日期“{value}”，请写成 2026-11-20、2026/11/20 或 20261120。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="754"/>
        <source>The reading date {read_on} is after today ({today}).</source>
        <translation>抄表日期 {read_on} 晚于今天（{today}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="756"/>
        <source>The reading date {read_on} is not after the previous reading&apos;s date {previous_read_on}.</source>
        <translation>抄表日期 {read_on} 不晚于上次抄表日期 {previous_read_on}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="759"/>
        <source>The reading is empty.</source>
        <translation>本次读数为空。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="760"/>
        <source>The reading &quot;{value}&quot; is not a number.</source>
        <translation>本次读数“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="761"/>
        <source>The reading cannot be negative.</source>
        <translation>本次读数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="763"/>
        <source>The reading has {decimals} decimals; at most 3 are allowed.</source>
        <translation>本次读数有 {decimals} 位小数，最多 3 位。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="765"/>
        <source>The reading is larger than any meter shows.</source>
        <translation>本次读数超出表计范围。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="767"/>
        <source>The reading must be a number of at most 3 decimals, not negative.</source>
        <translation>读数须为不小于 0、最多 3 位小数的数字。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="770"/>
        <source>The reading is below the previous reading {previous}.</source>
        <translation>本次读数小于上次读数 {previous}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="772"/>
        <source>A bill for {period} already exists ({number}).</source>
        <translation>{period} 的账单已存在（{number}）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="773"/>
        <source>No {tariff_class} tariff is in force on {on}.</source>
        <translation>{on} 没有适用于“{tariff_class}”的价格。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="775"/>
        <source>Account {number} is in the file more than once with different values (also row {rows}).</source>
        <translation>户号 {number} 在文件中出现多次且内容不同（另见第 {rows} 行）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/readings_dialog.py" line="787"/>
        <source>The cell is an Excel number, so leading zeros may be lost: format the column as text.</source>
        <translation>该单元格是数字格式，户号开头的 0 可能已丢失：请把该列设为文本格式。</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="180"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="186"/>
        <source>Opening float, e.g. 500.00</source>
        <translation>备用金，例如 500.00</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="187"/>
        <source>Open shift (F8)</source>
        <translation>开班（F8）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="197"/>
        <source>Account number, bill or receipt barcode, phone (F3)</source>
        <translation>户号、账单或收据条码、手机号（F3）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="207"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="208"/>
        <source>Bill</source>
        <translation>账单金额</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="209"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="210"/>
        <source>Outstanding</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="211"/>
        <source>Due date</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="212"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="213"/>
        <source>Late fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="222"/>
        <source>Waive late fee (F4)</source>
        <translation>减免违约金（F4）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="224"/>
        <source>Meter readings (F7)</source>
        <translation>抄表 (F7)</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="235"/>
        <source>Volume (prepaid)</source>
        <translation>购买量（预付费）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="241"/>
        <source>Tenders (leave empty to take everything in cash)</source>
        <translation>支付方式（不填则全部按现金收取）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="246"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="247"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="248"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="249"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="250"/>
        <source>Transfer / cheque</source>
        <translation>转账/支票</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="262"/>
        <source>Reference number</source>
        <translation>交易参考号</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="273"/>
        <source>Amount to pay:</source>
        <translation>缴费金额：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="274"/>
        <source>Volume:</source>
        <translation>购买量：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="276"/>
        <source>Cash received:</source>
        <translation>实收现金：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="282"/>
        <source>Confirm payment (F12)</source>
        <translation>确认收费（F12）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="295"/>
        <source>Reprint receipt (F10)</source>
        <translation>补打收据（F10）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="297"/>
        <source>Void receipt (F11)</source>
        <translation>冲正收据（F11）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="299"/>
        <source>Refund receipt (Shift+F11)</source>
        <translation>退费（Shift+F11）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="302"/>
        <source>Print waiting receipts</source>
        <translation>打印待补打收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="306"/>
        <source>Preview last receipt (F9)</source>
        <translation>预览上一张收据（F9）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="395"/>
        <source>Shift open since {time}, business date {date}, counter {n}.</source>
        <translation>已于 {time} 开班，营业日 {date}，{n} 号窗口。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="403"/>
        <source>No shift is open. Count the opening float and open your shift first.</source>
        <translation>尚未开班。请先清点备用金并开班。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="426"/>
        <source>Last payment: receipt {number}, account {account}, {amount}, {time}</source>
        <translation>上一笔缴费：收据 {number}，户号 {account}，{amount}，{time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="441"/>
        <source>No receipt to preview yet.</source>
        <translation>还没有可预览的收据。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="445"/>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="454"/>
        <source>{n} receipt(s) waiting to be printed.</source>
        <translation>有 {n} 张收据等待打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="474"/>
        <source>No account found for {query}.</source>
        <translation>未找到与“{query}”对应的户号。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="476"/>
        <source>Several accounts match: type the account number or scan the bill.</source>
        <translation>匹配到多个户号：请输入完整户号或扫描账单条码。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="525"/>
        <source>prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="525"/>
        <source>postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="528"/>
        <source>{number}  {name}  {address}  ({mode}, credit {credit})</source>
        <translation>{number}  {name}  {address}（{mode}，余额 {credit}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="538"/>
        <source>Due: {total}  (bills {principal} + late fee {fee})</source>
        <translation>应缴：{total}（账单 {principal} + 违约金 {fee}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="563"/>
        <source>Waive the late fee of {fee} on account {number}.</source>
        <translation>减免户号 {number} 的违约金 {fee}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="580"/>
        <source>late fee waived: {fee}</source>
        <translation>已减免违约金：{fee}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="596"/>
        <source>{amount} buys {volume} {unit}</source>
        <translation>{amount} 可购买 {volume} {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="615"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="689"/>
        <source>Invalid volume.</source>
        <translation>购买量无效。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="620"/>
        <source>{volume} {unit} costs {amount}</source>
        <translation>{volume} {unit} 需缴 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="659"/>
        <source>Short by {amount}</source>
        <translation>实收不足，还差 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="663"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="776"/>
        <source>Change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="716"/>
        <source>The database cannot be reached: the payment was NOT taken and nothing was saved. Do not keep the customer&apos;s money as paid; try again when the connection is back.</source>
        <translation>无法连接数据库：本笔缴费未成功，没有保存任何内容。客户的钱不能按已缴处理；网络恢复后请重新收费。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="737"/>
        <source>Cash payment of {amount} on account {number}: above the cash limit.</source>
        <translation>户号 {number} 现金缴费 {amount}，超出现金限额。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="746"/>
        <source>Cash above the limit needs a manager&apos;s approval: the payment was not taken.</source>
        <translation>超出限额的现金缴费须经值班长授权：本笔缴费未收取。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="761"/>
        <source>Paid. Receipt {number}, amount {amount}.</source>
        <translation>收费成功。收据号 {number}，金额 {amount}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="766"/>
        <source>Give change: {change}</source>
        <translation>请找零：{change}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="768"/>
        <source>Balance after payment: {balance}</source>
        <translation>缴费后余额：{balance}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="773"/>
        <source>The receipt did not print; it waits in the reprint queue.</source>
        <translation>收据未能打印，已进入待补打队列。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="844"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="847"/>
        <source>Reprint receipt</source>
        <translation>补打收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="844"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="913"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="973"/>
        <source>Receipt number:</source>
        <translation>收据号：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="847"/>
        <source>Reason for the reprint:</source>
        <translation>补打原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="849"/>
        <source>A reprint needs a reason.</source>
        <translation>补打必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="868"/>
        <source>Reprint {n} of receipt {number} made.</source>
        <translation>已补打收据 {number}（第 {n} 次）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="887"/>
        <source>Still no printer: the receipts keep waiting.</source>
        <translation>仍然没有可用的打印机，收据继续等待打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="913"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="916"/>
        <source>Void receipt</source>
        <translation>冲正收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="916"/>
        <source>Reason for the void:</source>
        <translation>冲正原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="918"/>
        <source>A void needs a reason.</source>
        <translation>冲正必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="925"/>
        <source>Void receipt {number}: {reason}</source>
        <translation>冲正收据 {number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="940"/>
        <source>Use Refund (Shift+F11) for this receipt.</source>
        <translation>请对该收据办理退费（Shift+F11）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="949"/>
        <source>Receipt {number} voided; its bills are unpaid again.</source>
        <translation>收据 {number} 已冲正，相关账单恢复为未缴。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="954"/>
        <source>The void slip has printed.</source>
        <translation>冲正凭证已打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="957"/>
        <source>The void slip did not print; its PDF waits at {path}.</source>
        <translation>冲正凭证未能打印，PDF 已保存在 {path}，待打印。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="973"/>
        <location filename="../../counter_app/views/payments/payment_page.py" line="976"/>
        <source>Refund receipt</source>
        <translation>退费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="976"/>
        <source>Reason for the refund:</source>
        <translation>退费原因：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="978"/>
        <source>A refund needs a reason.</source>
        <translation>退费必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="985"/>
        <source>Refund receipt {number} in full, the way it was paid: {reason}</source>
        <translation>收据 {number} 全额退费，按原支付方式退还：{reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1011"/>
        <source>Receipt {original} refunded with refund receipt {number}.</source>
        <translation>收据 {original} 已退费，退费收据号 {number}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1014"/>
        <source>Give back to the customer: {amount}</source>
        <translation>请退还客户：{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="1020"/>
        <source>The refund receipt did not print; it waits in the reprint queue.</source>
        <translation>退费收据未能打印，已进入待补打队列。</translation>
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
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="367"/>
        <source>Account opened</source>
        <translation>开户完成</translation>
    </message>
</context>
<context>
    <name>SatisfactionDialog</name>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="95"/>
        <source>Please rate our service</source>
        <translation>请您评价本次服务</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="98"/>
        <source>How satisfied are you with this service?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="103"/>
        <source>1 Very satisfied</source>
        <translation>1 非常满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="104"/>
        <source>2 Satisfied</source>
        <translation>2 满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="105"/>
        <source>3 Fairly satisfied</source>
        <translation>3 基本满意</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/payments/payment_page.py" line="106"/>
        <source>4 Dissatisfied</source>
        <translation>4 不满意</translation>
    </message>
</context>
<context>
    <name>SupplyPage</name>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="269"/>
        <source>Supply point</source>
        <translation>供应地点</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="271"/>
        <source>Same as the customer&apos;s address</source>
        <translation>与客户地址相同</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="278"/>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="279"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="280"/>
        <source>Water</source>
        <translation>自来水</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="289"/>
        <source>Postpaid</source>
        <translation>后付费</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="290"/>
        <source>Prepaid (IC card)</source>
        <translation>预付费（IC卡）</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="292"/>
        <source>Supply &amp;address:</source>
        <translation>供应地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="294"/>
        <source>&amp;Utility:</source>
        <translation>业务类别(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="295"/>
        <source>&amp;Tariff class:</source>
        <translation>价格类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="296"/>
        <source>&amp;Billing mode:</source>
        <translation>计费方式(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/customers/opening_wizard.py" line="297"/>
        <source>&amp;Meter number:</source>
        <translation>表号(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>_Period</name>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="78"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../counter_app/views/audit/audit_page.py" line="80"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
</TS>
