<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="44"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="44"/>
        <source>事项</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="44"/>
        <source>对象</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="44"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="48"/>
        <source>继续检查</source>
        <translation>Continue inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="49"/>
        <source>许可证到期</source>
        <translation>Permit expiry</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="50"/>
        <source>案件期限</source>
        <translation>Case deadline</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="51"/>
        <source>检查任务</source>
        <translation>Inspection task</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="116"/>
        <source>无法预览此文件</source>
        <translation>This file cannot be previewed</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="29"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="30"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="31"/>
        <source>案由</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="32"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="33"/>
        <source>下一期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="40"/>
        <source>（未立案）</source>
        <translation>(not filed)</translation>
    </message>
</context>
<context>
    <name>CaseViewPanel</name>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="195"/>
        <source>查看文书…</source>
        <translation>View document…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="196"/>
        <source>签名…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="197"/>
        <source>案卷…</source>
        <translation>Case file…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="198"/>
        <source>加入文书…</source>
        <translation>Add a document…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="199"/>
        <source>把本企业检查中已制作、尚未入卷的文书加入本案</source>
        <translation>Put a document made in this enterprise&apos;s inspections, and not yet in a case, into this case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="200"/>
        <source>查看证据…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="201"/>
        <source>重新裁量…</source>
        <translation>Propose again…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="203"/>
        <source>按调查认定的情节重新提出处罚意见（事先告知前，或适用法律变化时）</source>
        <translation>Propose the penalty again with the circumstances the investigation found (before the prior notice, or when the law to apply changed)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="212"/>
        <source>双击一行打开文书</source>
        <translation>Double-click a row to open its document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="226"/>
        <source>办案过程</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="227"/>
        <source>案卷中的文书</source>
        <translation>Documents in the case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="231"/>
        <source>下一步：</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="253"/>
        <source>选择左侧的一个案件。</source>
        <translation>Choose a case on the left.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="258"/>
        <source>（未立案）</source>
        <translation>(not filed)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="268"/>
        <source>罚款 {amount} 元</source>
        <translation>Fine {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="270"/>
        <source>无罚款</source>
        <translation>No fine</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="281"/>
        <source>证据：</source>
        <translation>Evidence: </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="282"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="295"/>
        <source>没有未到期的法定期限。</source>
        <translation>No statutory deadline is open.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_view.py" line="301"/>
        <source>期限：</source>
        <translation>Deadlines: </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="103"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="142"/>
        <source>请先登录，才能办理案件步骤、签名和打印。</source>
        <translation>Sign in to take case steps, record signatures and print.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="153"/>
        <source>共 {count} 件案件，{overdue} 件期限已到</source>
        <translation>{count} cases, {overdue} with a deadline due</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="252"/>
        <source>受送达人签收</source>
        <translation>Receiver&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="252"/>
        <source>在文书上签名</source>
        <translation>Sign the document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="274"/>
        <source>未能保存签名</source>
        <translation>Signature not saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="292"/>
        <location filename="../../inspector_app/ui/cases_page.py" line="297"/>
        <source>加入文书</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="292"/>
        <source>本企业的检查中没有尚未入卷的文书。</source>
        <translation>The enterprise&apos;s inspections have no document that is not in a case yet.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="298"/>
        <source>选择要加入本案的文书：</source>
        <translation>Choose the document to put in this case:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="310"/>
        <source>未能加入文书</source>
        <translation>Could not add the document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="374"/>
        <source>案卷</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/cases_page.py" line="381"/>
        <source>未能生成案卷</source>
        <translation>Case file not built</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="131"/>
        <source>检查内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="131"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="131"/>
        <source>情况说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="149"/>
        <source>依据：</source>
        <translation>Basis: </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="251"/>
        <source>（超标）</source>
        <translation> (over the limit)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="260"/>
        <source>符合</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="261"/>
        <source>不符合</source>
        <translation>Non-compliant</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="262"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/checklist_model.py" line="263"/>
        <source>已记录</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="102"/>
        <source>连接执法平台服务器</source>
        <translation>Connect to the agency server</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="110"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="111"/>
        <source>机关代码</source>
        <translation>Agency code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="112"/>
        <source>执法证号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="113"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../inspector_app/ui/crash.py" line="49"/>
        <source>程序出错</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/crash.py" line="53"/>
        <source>程序遇到了意外错误。详细信息已记录到 {path}。请点击“复制”，把下面的内容发给管理员。已保存的数据不受影响。</source>
        <translation>The app ran into an unexpected error. The details were written to {path}. Click “Copy” and send the text below to your administrator. Data already saved is not affected.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/crash.py" line="63"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/crash.py" line="75"/>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../inspector_app/ui/crash.py" line="137"/>
        <source>无法完成操作</source>
        <translation>Cannot complete this action</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="56"/>
        <source>生成时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="57"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="58"/>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="59"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="60"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="65"/>
        <source>（已作废）</source>
        <translation> (void)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="95"/>
        <source>预览 / 打印…</source>
        <translation>Preview / print…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="96"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="100"/>
        <source>重印时使用保存的原文件，哈希值与首次打印一致。</source>
        <translation>Reprints use the stored file: the hash is the same as at the first print.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="142"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="142"/>
        <source>只有编了文号的文书需要作废；其他文书以新版本更正。</source>
        <translation>Only numbered documents are voided; others are corrected by a new version.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="147"/>
        <source>作废文书</source>
        <translation>Void a document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="148"/>
        <source>作废后文号 {number} 保留且不再使用。请说明作废理由：</source>
        <translation>Number {number} stays taken and is never used again. Why is it void?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/documents_page.py" line="160"/>
        <source>不能作废</source>
        <translation>Cannot void</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetailPane</name>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="55"/>
        <source>在左侧列表中选择一家企业，这里显示它的全部信息。</source>
        <translation>Select an enterprise in the list to see all its details here.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="64"/>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="65"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="66"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="67"/>
        <source>行政区划代码</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="68"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="69"/>
        <source>经纬度</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="70"/>
        <source>排污许可证编号</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="71"/>
        <source>许可证有效期</source>
        <translation>Permit validity</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="72"/>
        <source>重点排污单位</source>
        <translation>Key discharge unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="73"/>
        <source>正面清单</source>
        <translation>Positive list</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="74"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="75"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="76"/>
        <source>最近检查</source>
        <translation>Last inspections</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="90"/>
        <source>双随机抽查</source>
        <translation>Random spot check</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="91"/>
        <source>专项行动</source>
        <translation>Special campaign</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="92"/>
        <source>信访投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="93"/>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="94"/>
        <source>非现场检查</source>
        <translation>Off-site check</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="97"/>
        <source>进行中</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="98"/>
        <source>已完成</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="99"/>
        <source>已更正</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="107"/>
        <source>企业详情</source>
        <translation>Enterprise details</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="109"/>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="141"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="134"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="134"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="145"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_detail.py" line="152"/>
        <source>暂无检查记录</source>
        <translation>No inspections yet</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="94"/>
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="95"/>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="96"/>
        <source>行政区划</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="97"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="98"/>
        <source>许可证到期</source>
        <translation>Permit expires</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="99"/>
        <source>重点单位</source>
        <translation>Key unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="100"/>
        <source>正面清单</source>
        <translation>Positive list</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="105"/>
        <source>行政区划代码</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="106"/>
        <source>国民经济行业分类</source>
        <translation>Industry classification (GB/T 4754)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="107"/>
        <source>排污许可证有效期至</source>
        <translation>Discharge permit valid until</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="108"/>
        <source>重点排污单位</source>
        <translation>Key discharge unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="109"/>
        <source>监督执法正面清单中的企业</source>
        <translation>On the positive list for supervision and enforcement</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="111"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="113"/>
        <source>名称匹配</source>
        <translation>Matched by name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="114"/>
        <source>拼音首字母匹配</source>
        <translation>Matched by pinyin initials</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="115"/>
        <source>信用代码匹配</source>
        <translation>Matched by credit code</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <location filename="../../inspector_app/ui/enterprises_page.py" line="48"/>
        <source>名称、拼音首字母或信用代码</source>
        <translation>Name, pinyin initials or credit code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprises_page.py" line="128"/>
        <source>显示最匹配的 {count} 家企业；输入更多字可缩小范围</source>
        <translation>Showing the {count} best matches; type more to narrow down</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/enterprises_page.py" line="131"/>
        <source>找到 %n 家企业</source>
        <translation>
            <numerusform>Found %n enterprise</numerusform>
            <numerusform>Found %n enterprises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprises_page.py" line="133"/>
        <source>没有找到匹配的企业</source>
        <translation>No matching enterprise</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprises_page.py" line="135"/>
        <source>按名称浏览全部企业；输入关键词可搜索</source>
        <translation>Browsing all enterprises by name; type to search</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="214"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="220"/>
        <source>现场照片证据…</source>
        <translation>Photo evidence sheet…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="221"/>
        <source>电子数据证据清单…</source>
        <translation>Electronic data list…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="222"/>
        <source>导出证据包…</source>
        <translation>Export evidence package…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="223"/>
        <source>采样…</source>
        <translation>Samples…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="263"/>
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="285"/>
        <source>现场照片证据</source>
        <translation>Photo evidence sheet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="285"/>
        <source>电子数据证据清单</source>
        <translation>Electronic data evidence list</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="298"/>
        <source>选择一个空文件夹保存证据包</source>
        <translation>Choose an empty folder for the evidence package</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="313"/>
        <source>证据包已导出</source>
        <translation>Evidence package exported</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="314"/>
        <source>已导出到 {folder}。审查人员可运行其中的 verify.py 核验。</source>
        <translation>Exported to {folder}. A reviewer can check it by running its verify.py.</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../inspector_app/ui/evidence_import.py" line="68"/>
        <source>正在导入证据…</source>
        <translation>Importing evidence…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_import.py" line="68"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_import.py" line="70"/>
        <source>导入证据</source>
        <translation>Import evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_import.py" line="88"/>
        <source>{done}/{total}：{name}</source>
        <translation>{done}/{total}: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_import.py" line="109"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="113"/>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="114"/>
        <source>导入文件夹…</source>
        <translation>Import a folder…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/evidence_strip.py" line="142"/>
        <source>本次检查的证据：%n 件</source>
        <translation>
            <numerusform>Evidence of this inspection: %n item</numerusform>
            <numerusform>Evidence of this inspection: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/evidence_strip.py" line="144"/>
        <source>本条目的证据：%n 件（可把照片、视频拖到这里）</source>
        <translation>
            <numerusform>Evidence for this item: %n (drop photos and videos here)</numerusform>
            <numerusform>Evidence for this item: %n (drop photos and videos here)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="172"/>
        <source>选择证据文件</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="174"/>
        <source>照片、视频、录音和文档 ({patterns});;所有文件 (*)</source>
        <translation>Photos, videos, recordings and documents ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_strip.py" line="181"/>
        <source>选择相机或执法记录仪的存储卡文件夹</source>
        <translation>Choose the camera&apos;s or body camera&apos;s card folder</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="160"/>
        <source>证据：{name}</source>
        <translation>Evidence: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="174"/>
        <source>证明内容，例如：危险废物贮存桶未贴标签</source>
        <translation>What it shows, e.g. hazardous-waste drums without labels</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="180"/>
        <source>说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="187"/>
        <source>&lt;b&gt;EXIF 信息&lt;/b&gt;</source>
        <translation>&lt;b&gt;EXIF data&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="199"/>
        <source>箭头</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="200"/>
        <source>圆圈</source>
        <translation>Circle</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="201"/>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="209"/>
        <source>清除标注</source>
        <translation>Clear marks</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="211"/>
        <source>另存为标注图片</source>
        <translation>Save as annotated copy</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="245"/>
        <source>，海拔 {alt:.0f} 米</source>
        <translation>, altitude {alt:.0f} m</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="247"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="248"/>
        <source>拍摄时间</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="248"/>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="249"/>
        <source>（文件中没有）</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="249"/>
        <source>坐标</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="250"/>
        <source>相机</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="251"/>
        <source>导入时间</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="252"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="253"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="257"/>
        <source>标注自</source>
        <translation>Annotated from</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="259"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="268"/>
        <source>标注文字</source>
        <translation>Annotation text</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="268"/>
        <source>文字：</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="280"/>
        <source>未能保存说明</source>
        <translation>Caption not saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="300"/>
        <source>未能保存标注</source>
        <translation>Annotation not saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="305"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/evidence_viewer.py" line="305"/>
        <source>标注图片已另存为新的证据；原始照片保持不变。</source>
        <translation>The annotated picture was saved as new evidence; the original photo is unchanged.</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="133"/>
        <source>检查已结束：发现的问题</source>
        <translation>Inspection finished: findings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="136"/>
        <source>本次检查未发现问题。</source>
        <translation>No findings in this inspection.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="137"/>
        <source>情况：</source>
        <translation>Observed: </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="137"/>
        <source>依据：</source>
        <translation>Basis: </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="147"/>
        <source>生成现场检查笔录</source>
        <translation>Make the on-site inspection record</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="150"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../inspector_app/ui/evidence_import.py" line="118"/>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <location filename="../../inspector_app/ui/inspection_labels.py" line="14"/>
        <source>双随机抽查</source>
        <translation>Random spot check</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_labels.py" line="15"/>
        <source>专项行动</source>
        <translation>Special action</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_labels.py" line="16"/>
        <source>信访投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_labels.py" line="17"/>
        <source>跟踪复查</source>
        <translation>Follow-up re-check</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_labels.py" line="18"/>
        <source>非现场检查（正面清单）</source>
        <translation>Off-site check (positive list)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_labels.py" line="27"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_labels.py" line="28"/>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_labels.py" line="29"/>
        <source>已被更正版本取代</source>
        <translation>Superseded by a correction</translation>
    </message>
</context>
<context>
    <name>InspectionListModel</name>
    <message>
        <location filename="../../inspector_app/ui/inspection_list_model.py" line="37"/>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_list_model.py" line="38"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_list_model.py" line="39"/>
        <source>检查类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_list_model.py" line="40"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_list_model.py" line="41"/>
        <source>执法人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_list_model.py" line="42"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>InspectionWorkspace</name>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="93"/>
        <source>修改开始时间…</source>
        <translation>Change start time…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="95"/>
        <location filename="../../inspector_app/ui/workspace.py" line="351"/>
        <source>结束检查</source>
        <translation>Finish inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="96"/>
        <source>现场检查笔录…</source>
        <translation>Inspection record…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="97"/>
        <location filename="../../inspector_app/ui/workspace.py" line="180"/>
        <source>立案…</source>
        <translation>Open case…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="98"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="99"/>
        <source>返回列表</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="108"/>
        <source>全部证据…</source>
        <translation>All evidence…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="180"/>
        <location filename="../../inspector_app/ui/workspace.py" line="442"/>
        <source>查看案件</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="198"/>
        <source>{kind} · 开始 {start} · 执法人员 {officers} · {status}</source>
        <translation>{kind} · started {start} · officers {officers} · {status}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="213"/>
        <source>已答 {done}/{total} · 发现问题 {findings} 项</source>
        <translation>Answered {done}/{total} · {findings} findings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="295"/>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="352"/>
        <source>结束后检查记录不能再修改（只能以更正版本更正）。现在结束检查吗？</source>
        <translation>After finishing, the inspection can no longer be edited (only corrected by a new version). Finish now?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="368"/>
        <source>不能结束检查</source>
        <translation>Cannot finish the inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="389"/>
        <source>现场检查笔录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="411"/>
        <source>补制笔录</source>
        <translation>Late record</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="417"/>
        <source>不能生成笔录</source>
        <translation>Cannot make the record</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="452"/>
        <source>更正检查记录</source>
        <translation>Correct the inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="453"/>
        <source>已结束的检查不能直接修改。更正会生成一个新版本，原版本保留。请说明更正理由：</source>
        <translation>A finished inspection cannot be edited. A correction creates a new version and keeps the old one. Why is it being corrected?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="462"/>
        <source>不能更正</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/workspace.py" line="496"/>
        <source>未能修改开始时间</source>
        <translation>Start time not changed</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../inspector_app/ui/inspections_page.py" line="64"/>
        <source>开始新的检查…</source>
        <translation>Start a new inspection…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspections_page.py" line="66"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspections_page.py" line="67"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspections_page.py" line="96"/>
        <source>请先登录，再开始或继续检查。</source>
        <translation>Sign in to start or continue an inspection.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspections_page.py" line="98"/>
        <source>双击一条检查可继续或查看；进行中的检查随时可以接着做。</source>
        <translation>Double-click an inspection to continue or view it; one in progress can be resumed at any time.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="63"/>
        <source>符合 (Y)</source>
        <translation>Compliant (Y)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="63"/>
        <source>不符合 (N)</source>
        <translation>Non-compliant (N)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="63"/>
        <source>不适用 (A)</source>
        <translation>Not applicable (A)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="95"/>
        <source>情况说明（不符合时必填）</source>
        <translation>Note (required when non-compliant)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="98"/>
        <source>写下现场看到的情况，例如：危险废物贮存桶未粘贴标签</source>
        <translation>Write what you saw, e.g. hazardous-waste drums carry no labels</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="140"/>
        <source>在左侧选择一个检查条目</source>
        <translation>Choose a checklist item on the left</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="150"/>
        <source>法律依据：{basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="156"/>
        <source>必答</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="158"/>
        <source>不符合时须取证</source>
        <translation>Evidence required when non-compliant</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="160"/>
        <source>对应违法类型：{codes}</source>
        <translation>Violation types: {codes}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="180"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="198"/>
        <source>限值 {low:g}–{high:g}</source>
        <translation>limit {low:g}–{high:g}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="200"/>
        <source>限值 ≤ {high:g}</source>
        <translation>limit ≤ {high:g}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="202"/>
        <source>限值 ≥ {low:g}</source>
        <translation>limit ≥ {low:g}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/item_panel.py" line="211"/>
        <source>超过限值</source>
        <translation>Over the limit</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../inspector_app/ui/step_fields.py" line="200"/>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_fields.py" line="201"/>
        <source>删除所选行</source>
        <translation>Remove selected rows</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="50"/>
        <source>现场执法检查</source>
        <translation>Field Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="58"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="59"/>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="60"/>
        <source>检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="61"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="62"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="63"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="154"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="207"/>
        <source>执法人员：{name}（{number}）</source>
        <translation>Officer: {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="211"/>
        <source>未登录</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="110"/>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="111"/>
        <location filename="../../inspector_app/ui/main_window.py" line="154"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>MissingItemsDialog</name>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="103"/>
        <source>检查尚不能结束</source>
        <translation>The inspection cannot be finished yet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="104"/>
        <source>以下条目需要处理后才能结束检查（双击跳转）：</source>
        <translation>These items need attention before finishing (double-click to go there):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="108"/>
        <source>未回答</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="108"/>
        <source>不符合但未填写情况说明</source>
        <translation>non-compliant without a note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="115"/>
        <source>去处理</source>
        <translation>Go there</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="115"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../inspector_app/ui/open_case_dialog.py" line="75"/>
        <location filename="../../inspector_app/ui/open_case_dialog.py" line="98"/>
        <source>立案</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/open_case_dialog.py" line="80"/>
        <source>拟罚款 {amount} 元</source>
        <translation>Proposed fine {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/open_case_dialog.py" line="82"/>
        <source>拟不予罚款</source>
        <translation>No fine proposed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/open_case_dialog.py" line="99"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/open_case_dialog.py" line="103"/>
        <source>根据检查发现的问题，拟按以下内容立案：</source>
        <translation>From the inspection&apos;s findings the case would be opened as follows:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/open_case_dialog.py" line="127"/>
        <source>不能立案</source>
        <translation>Cannot open the case</translation>
    </message>
</context>
<context>
    <name>Opinion</name>
    <message>
        <location filename="../../inspector_app/ui/step_widgets.py" line="26"/>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_widgets.py" line="27"/>
        <source>签字人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_widgets.py" line="28"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="59"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="59"/>
        <source>编号</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="59"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="59"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="59"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="63"/>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="64"/>
        <source>检查所用检查表</source>
        <translation>Checklist of an inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="65"/>
        <source>检查答案</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="66"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="67"/>
        <source>审计记录</source>
        <translation>Audit entry</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="68"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="69"/>
        <source>证据与条目的关联</source>
        <translation>Evidence–item link</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="70"/>
        <source>样品</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="71"/>
        <source>样品交接</source>
        <translation>Sample hand-over</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="72"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="73"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="74"/>
        <source>案件步骤</source>
        <translation>Case step</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="75"/>
        <source>案卷文书</source>
        <translation>Case document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="76"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="81"/>
        <source>等待上传</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="82"/>
        <source>已上传</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="83"/>
        <source>已上传（重复，未重复保存）</source>
        <translation>Sent (duplicate, not stored twice)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="84"/>
        <source>冲突：需人工处理</source>
        <translation>Conflict: needs a person</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../inspector_app/ui/pdf_preview.py" line="64"/>
        <source>共 {pages} 页 · SHA-256 {hash}</source>
        <translation>{pages} pages · SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/pdf_preview.py" line="69"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/pdf_preview.py" line="71"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Permit</name>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/enterprise_model.py" line="63"/>
        <source>已过期 %n 天</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/enterprise_model.py" line="65"/>
        <source>今天到期</source>
        <translation>expires today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/enterprise_model.py" line="67"/>
        <source>还剩 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../inspector_app/ui/placeholder.py" line="21"/>
        <source>此功能正在开发中。</source>
        <translation>This part of the app is being built.</translation>
    </message>
</context>
<context>
    <name>QAPair</name>
    <message>
        <location filename="../../inspector_app/ui/step_widgets.py" line="48"/>
        <source>问</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_widgets.py" line="49"/>
        <source>答</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="49"/>
        <source>理由（将记入审计日志）</source>
        <translation>Reason (goes into the audit log)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="50"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="50"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReproposeDialog</name>
    <message>
        <location filename="../../inspector_app/ui/repropose_dialog.py" line="50"/>
        <source>重新提出处罚意见</source>
        <translation>Propose the penalty again</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/repropose_dialog.py" line="63"/>
        <source>（未认定）</source>
        <translation>(not determined)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/repropose_dialog.py" line="72"/>
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/repropose_dialog.py" line="75"/>
        <source>违法行为持续天数</source>
        <translation>Days the violation lasted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/repropose_dialog.py" line="90"/>
        <source>重新裁量</source>
        <translation>Propose again</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/repropose_dialog.py" line="91"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/repropose_dialog.py" line="97"/>
        <source>两年内同类违法次数由系统根据记录计算。事先告知后不能再修改拟处罚意见（适用法律变化的除外）。</source>
        <translation>Earlier violations of the same kind in two years are counted from the records. After the prior notice the proposal cannot change (unless the law to apply changed).</translation>
    </message>
</context>
<context>
    <name>SampleModel</name>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="45"/>
        <source>样品编号</source>
        <translation>Sample no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="46"/>
        <source>类别</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="47"/>
        <source>采样点位</source>
        <translation>Sampling point</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="48"/>
        <source>采样时间</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="49"/>
        <source>封条编号</source>
        <translation>Seal numbers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="50"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="55"/>
        <source>已采样，待封存</source>
        <translation>Taken, to be sealed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="56"/>
        <source>已封存，待送检</source>
        <translation>Sealed, to go to the lab</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="57"/>
        <source>已送实验室</source>
        <translation>At the laboratory</translation>
    </message>
</context>
<context>
    <name>SamplesDialog</name>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="87"/>
        <source>现场采样</source>
        <translation>Samples on site</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="95"/>
        <source>废水、废气、土壤、固体废物…</source>
        <translation>wastewater, waste gas, soil, solid waste…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="100"/>
        <source>以顿号或逗号分隔，例如：COD、氨氮、pH</source>
        <translation>separated by commas, e.g. COD, NH3-N, pH</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="104"/>
        <source>样品编号</source>
        <translation>Sample no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="105"/>
        <source>类别</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="106"/>
        <source>采样点位</source>
        <translation>Sampling point</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="107"/>
        <source>采样时间</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="108"/>
        <source>监测项目</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="109"/>
        <source>容器</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="110"/>
        <source>保存方式</source>
        <translation>Preservation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="111"/>
        <source>记录样品</source>
        <translation>Record sample</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="113"/>
        <source>新样品</source>
        <translation>New sample</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="119"/>
        <source>封存…</source>
        <translation>Seal…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="120"/>
        <source>送实验室…</source>
        <translation>Hand to the lab…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="121"/>
        <source>采样记录单…</source>
        <translation>Sampling record…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="200"/>
        <source>封存样品</source>
        <translation>Seal the sample</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="200"/>
        <source>封条编号（多个用顿号分隔）：</source>
        <translation>Seal numbers (separated by commas):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="212"/>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="215"/>
        <source>送实验室</source>
        <translation>Hand to the laboratory</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="212"/>
        <source>实验室：</source>
        <translation>Laboratory:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="215"/>
        <source>接收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/samples_dialog.py" line="239"/>
        <source>采样记录单</source>
        <translation>Sampling record</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../inspector_app/ui/sign_in_dialog.py" line="33"/>
        <source>执法人员登录</source>
        <translation>Officer sign-in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sign_in_dialog.py" line="44"/>
        <location filename="../../inspector_app/ui/sign_in_dialog.py" line="54"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sign_in_dialog.py" line="50"/>
        <source>本机还没有执法人员名录，请先导入执法人员。</source>
        <translation>There are no officers on this laptop yet; import the officer registry first.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sign_in_dialog.py" line="53"/>
        <source>执法人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sign_in_dialog.py" line="58"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sign_in_dialog.py" line="59"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="179"/>
        <source>拒绝签字（由见证人证明）</source>
        <translation>Refuses to sign (attested by a witness)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="182"/>
        <source>见证人姓名</source>
        <translation>Witness&apos;s name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="184"/>
        <source>重写</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="190"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="191"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="196"/>
        <source>签名人身份</source>
        <translation>Signer&apos;s role</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="197"/>
        <source>签名人</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="203"/>
        <source>请在下面的框内签名（鼠标、手写笔或触摸屏）：</source>
        <translation>Sign in the box below (mouse, pen or touch screen):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="231"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="232"/>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="233"/>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="234"/>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/signature_pad.py" line="235"/>
        <source>受送达人</source>
        <translation>Receiver</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="61"/>
        <source>开始现场检查</source>
        <translation>Start an on-site inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="103"/>
        <source>（第二名执法人员）</source>
        <translation>(the second officer)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="109"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="109"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="109"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="109"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="117"/>
        <source>添加在场人员</source>
        <translation>Add a person present</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="118"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="124"/>
        <source>默认为企业地址</source>
        <translation>defaults to the enterprise&apos;s address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="131"/>
        <source>检查类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="132"/>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="133"/>
        <source>检查地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="138"/>
        <source>检查表（可多选，一次检查合并多张）</source>
        <translation>Checklists (choose several to combine them in one visit)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="140"/>
        <source>执法人员（至少两名）</source>
        <translation>Officers (at least two)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="151"/>
        <source>企业在场人员</source>
        <translation>People present for the enterprise</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="154"/>
        <source>被检查企业</source>
        <translation>Enterprise inspected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="161"/>
        <source>开始检查</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="162"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="242"/>
        <source>该企业在正面清单内，可选择“非现场检查”。</source>
        <translation>This enterprise is on the positive list; an off-site check is possible.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/start_dialog.py" line="249"/>
        <source>请先在左侧选择被检查企业</source>
        <translation>Choose the enterprise on the left first</translation>
    </message>
</context>
<context>
    <name>StartTimeDialog</name>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="75"/>
        <source>修改检查开始时间</source>
        <translation>Change the start time</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="80"/>
        <source>为什么要修改？（必填，记入审计日志）</source>
        <translation>Why? (required; goes into the audit log)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="82"/>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="83"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="86"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialogs.py" line="86"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="71"/>
        <source>办案步骤：{step}</source>
        <translation>Case step: {step}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="78"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="101"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="102"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="132"/>
        <source>将制作行政处罚决定书（罚款{yuan}元）</source>
        <translation>A penalty decision will be issued (fine {yuan} yuan)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="135"/>
        <source>将制作不予行政处罚决定书</source>
        <translation>A no-penalty decision will be issued</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="137"/>
        <source>罚款金额：{yuan}元</source>
        <translation>Fine: {yuan} yuan</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="139"/>
        <source>原截止日期：{day}</source>
        <translation>Current end date: {day}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="141"/>
        <source>计罚期间：{period}</source>
        <translation>Days penalised: {period}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="157"/>
        <source>罚款总额：{yuan}元</source>
        <translation>Total: {yuan} yuan</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="166"/>
        <source>承办机构负责人意见</source>
        <translation>Opinion of the handling department head</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="167"/>
        <source>机关负责人审批意见</source>
        <translation>Approval of the agency head</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="173"/>
        <source>询问内容</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="175"/>
        <source>再加一问</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_dialog.py" line="227"/>
        <source>请选择复查结论</source>
        <translation>Choose the conclusion</translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <location filename="../../inspector_app/ui/step_fields.py" line="109"/>
        <source>元，例：3000.00</source>
        <translation>yuan, e.g. 3000.00</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_fields.py" line="308"/>
        <source>每行一位：姓名 职务</source>
        <translation>One a line: name position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_fields.py" line="310"/>
        <source>每行一项</source>
        <translation>One a line</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="18"/>
        <source>已改正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="19"/>
        <source>部分改正</source>
        <translation>Partly corrected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="20"/>
        <source>未改正</source>
        <translation>Not corrected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="23"/>
        <source>直接送达</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="24"/>
        <source>留置送达</source>
        <translation>Left at the address (refused)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="25"/>
        <source>委托送达</source>
        <translation>Through another agency</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="26"/>
        <source>邮寄送达</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="27"/>
        <source>电子送达</source>
        <translation>Electronically</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="28"/>
        <source>公告送达</source>
        <translation>By public notice</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="33"/>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="38"/>
        <source>结束时间</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="41"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="45"/>
        <source>受送达人（签收人）</source>
        <translation>Receiver (signs for it)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="48"/>
        <source>送达方式</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="54"/>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="55"/>
        <source>拒绝签收而留置送达的，须有见证人</source>
        <translation>Leaving the document after a refusal to sign needs a witness</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="60"/>
        <location filename="../../inspector_app/ui/step_forms.py" line="324"/>
        <source>其他处罚种类</source>
        <translation>Other penalties</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="62"/>
        <location filename="../../inspector_app/ui/step_forms.py" line="326"/>
        <source>每行一项，没有则留空</source>
        <translation>One a line; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="68"/>
        <source>须等待相关案件或其他决定</source>
        <translation>Waiting for another case or decision</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="69"/>
        <source>须送请有权机关解释或确认</source>
        <translation>Question of law sent to the competent body</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="70"/>
        <source>不可抗力</source>
        <translation>Force majeure</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="71"/>
        <source>当事人下落不明</source>
        <translation>Party cannot be found</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="72"/>
        <source>其他中止情形</source>
        <translation>Other ground for suspension</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="75"/>
        <source>涉嫌违法的公民死亡</source>
        <translation>The person suspected has died</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="76"/>
        <source>法人或其他组织终止且无承受人</source>
        <translation>Organisation ceased with no successor</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="77"/>
        <source>其他终止情形</source>
        <translation>Other ground for termination</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="81"/>
        <source>具体情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="84"/>
        <source>选择“其他”情形时必填；写明事实及佐证材料</source>
        <translation>Required for an &apos;other&apos; ground; state the facts and the supporting material</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="89"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="93"/>
        <source>中止调查的情形</source>
        <translation>Ground for suspending</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="97"/>
        <source>《生态环境行政处罚办法》第三十五条；中止期间不计入办案期限</source>
        <translation>Order 30 Art. 35; the suspended time is not counted in the decision limit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="107"/>
        <source>中止原因消除的情况</source>
        <translation>How the ground for the suspension ended</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="116"/>
        <source>终止调查的情形</source>
        <translation>Ground for terminating</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="120"/>
        <source>《生态环境行政处罚办法》第三十六条</source>
        <translation>Order 30 Art. 36</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="127"/>
        <source>被询问人</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="128"/>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="22"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="129"/>
        <source>工作单位及职务</source>
        <translation>Employer and position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="130"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="133"/>
        <source>告知内容</source>
        <translation>Rights and duties told</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="143"/>
        <source>样品</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="146"/>
        <source>样品编号</source>
        <translation>Sample no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="147"/>
        <source>采样点位</source>
        <translation>Sampling point</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="148"/>
        <source>采样时间</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="149"/>
        <source>监测项目</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="150"/>
        <source>容器</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="152"/>
        <source>保存方式</source>
        <translation>Preservation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="154"/>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="52"/>
        <source>封条编号</source>
        <translation>Seal no.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="157"/>
        <source>样品移交接收单位</source>
        <translation>Samples handed to</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="158"/>
        <location filename="../../inspector_app/ui/step_forms.py" line="176"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="163"/>
        <source>登记保存理由</source>
        <translation>Reason for preserving</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="169"/>
        <source>登记保存物品</source>
        <translation>Items preserved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="172"/>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="173"/>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="48"/>
        <source>规格型号</source>
        <translation>Model / spec</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="174"/>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="49"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="175"/>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="50"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="179"/>
        <source>保存地点</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="180"/>
        <source>保存人</source>
        <translation>Kept by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="185"/>
        <source>处理决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="189"/>
        <source>解除登记保存，退还当事人</source>
        <translation>Release and return to the party</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="190"/>
        <source>送检测、检验、鉴定</source>
        <translation>Send for testing or appraisal</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="191"/>
        <source>依法予以没收</source>
        <translation>Confiscate</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="192"/>
        <source>移送有关机关</source>
        <translation>Transfer to the competent authority</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="194"/>
        <source>登记保存后七日内作出处理决定（《行政处罚法》第五十六条）</source>
        <translation>Decide within seven days of preserving (Administrative Penalty Law Art. 56)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="202"/>
        <source>经机关负责人集体讨论决定</source>
        <translation>Decided by the agency heads collectively</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="205"/>
        <source>第一次延长经机关负责人批准；再次延长须经集体讨论决定</source>
        <translation>A first extension needs the agency head&apos;s approval; a second one a collective decision</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="214"/>
        <source>陈述申辩期限（日）</source>
        <translation>Statement period (days)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="217"/>
        <source>自告知书送达之日起计算</source>
        <translation>Counted from the day the notice is served</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="224"/>
        <source>陈述申辩人</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="225"/>
        <source>陈述申辩内容</source>
        <translation>Statement and defence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="226"/>
        <source>复核意见</source>
        <translation>Review of the statement</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="232"/>
        <source>申请方式</source>
        <translation>How it was requested</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="236"/>
        <source>书面申请</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="237"/>
        <source>口头申请（已记录）</source>
        <translation>Orally (recorded)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="239"/>
        <source>告知书送达后五个工作日内提出（《行政处罚法》第六十四条、第八十五条）</source>
        <translation>Within 5 working days of the notice being served (Administrative Penalty Law Arts. 64, 85)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="251"/>
        <source>通知应在听证七个工作日前送达（《行政处罚法》第六十四条、第八十五条）</source>
        <translation>The notice must reach the party 7 working days before the hearing (Administrative Penalty Law Arts. 64, 85)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="247"/>
        <source>听证日期</source>
        <translation>Hearing date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="34"/>
        <location filename="../../inspector_app/ui/step_forms.py" line="301"/>
        <source>例：{day} 09时30分</source>
        <translation>e.g. {day} 09时30分</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="39"/>
        <source>例：{day} 10时40分</source>
        <translation>e.g. {day} 10时40分</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="256"/>
        <source>听证时间</source>
        <translation>Hearing time</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="257"/>
        <source>听证地点</source>
        <translation>Hearing place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="258"/>
        <location filename="../../inspector_app/ui/step_forms.py" line="304"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="259"/>
        <location filename="../../inspector_app/ui/step_forms.py" line="305"/>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="260"/>
        <source>联系人及电话</source>
        <translation>Contact and phone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="261"/>
        <source>公开举行听证</source>
        <translation>Public hearing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="265"/>
        <source>参加人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="268"/>
        <source>调查人员提出的事实、证据和处罚建议</source>
        <translation>Facts, evidence and proposal of the investigators</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="272"/>
        <source>当事人陈述、申辩和质证意见</source>
        <translation>Party&apos;s statement, defence and cross-examination</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="274"/>
        <source>最后陈述</source>
        <translation>Final statements</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="279"/>
        <source>送审材料</source>
        <translation>Materials submitted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="284"/>
        <source>审核内容</source>
        <translation>Review findings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="292"/>
        <location filename="../../inspector_app/ui/step_forms.py" line="316"/>
        <source>结论意见</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="295"/>
        <source>审核人员</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="300"/>
        <source>讨论时间</source>
        <translation>Held at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="308"/>
        <source>出席人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="310"/>
        <source>至少三人，每行一位：姓名 职务</source>
        <translation>At least three, one a line: name position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="312"/>
        <source>承办人汇报情况</source>
        <translation>Presentation by the case handler</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="313"/>
        <source>讨论意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="319"/>
        <source>不同意见</source>
        <translation>Dissent</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="333"/>
        <source>罚款金额</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="337"/>
        <source>当场处罚：单位不超过3000元，个人不超过200元（《行政处罚法》第五十一条）</source>
        <translation>On the spot: at most 3,000 yuan for an organisation, 200 yuan for a person (Administrative Penalty Law Art. 51)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="344"/>
        <source>违法地点</source>
        <translation>Place of the violation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="345"/>
        <source>留空则为当事人地址</source>
        <translation>Empty: the party&apos;s address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="353"/>
        <source>缴纳金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="363"/>
        <source>缴纳方式</source>
        <translation>Payment mode</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="366"/>
        <source>延期</source>
        <translation>Postponement</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="367"/>
        <source>分期</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="369"/>
        <source>当事人确有经济困难的，经申请和批准可以暂缓或者分期缴纳（《行政处罚法》第六十六条）</source>
        <translation>A party in real financial difficulty may, on application and approval, pay later or in instalments (Administrative Penalty Law Art. 66)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="374"/>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="377"/>
        <source>同意理由</source>
        <translation>Reason for approving</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="383"/>
        <source>延期缴纳期限</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="391"/>
        <source>分期缴纳计划</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="396"/>
        <source>缴纳期限</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="397"/>
        <source>缴纳金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="399"/>
        <source>各期金额合计须等于罚款金额</source>
        <translation>The instalments must add up to the fine</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="406"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="409"/>
        <source>催告书送达十日后、复议诉讼期限届满后三个月内申请（《行政强制法》第五十三条、第五十四条）</source>
        <translation>Apply ten days after the reminder was served and within three months after the appeal periods end (Administrative Coercion Law Art. 53, 54)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="416"/>
        <source>改正要求</source>
        <translation>Corrections required</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="417"/>
        <source>改正期限</source>
        <translation>Correct by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="421"/>
        <source>复查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="422"/>
        <source>复查结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms.py" line="425"/>
        <source>违法行为已改正</source>
        <translation>Violation corrected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="17"/>
        <source>涉案人员</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="21"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="23"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="28"/>
        <source>移送材料</source>
        <translation>Materials transferred</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="31"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="32"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="33"/>
        <source>原件/复印件</source>
        <translation>Original / copy</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="40"/>
        <source>作出移送决定后三日内移送（页数须填写）</source>
        <translation>Send within three days of deciding to transfer (give the page counts)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="44"/>
        <source>查封（扣押）物品</source>
        <translation>Items sealed / seized</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="47"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="51"/>
        <source>存放地点</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="60"/>
        <source>每日罚款数额</source>
        <translation>Fine per day</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="64"/>
        <source>按原处罚数额按日连续处罚；计罚日数自责令改正决定书送达次日起至复查发现拒不改正之日止，自动计算</source>
        <translation>The original fine for each day; the days run from the day after the order to correct was served to the re-check that found the violation continuing, and are counted for you</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="71"/>
        <source>拒不改正的事实</source>
        <translation>Facts of the refusal to correct</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="73"/>
        <source>留空则取复查记录</source>
        <translation>Empty: taken from the re-check record</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="79"/>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="108"/>
        <source>措施种类</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="82"/>
        <source>限制生产</source>
        <translation>Restrict production</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="83"/>
        <source>停产整治</source>
        <translation>Suspend production for rectification</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="86"/>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="116"/>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="89"/>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="119"/>
        <source>截止日期</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="92"/>
        <source>限制生产一般不超过三个月，情况复杂的经批准可再延长不超过三个月（环境保护部令第30号（2014））</source>
        <translation>Restriction usually at most three months; in complex cases it may be extended by at most three more with approval (MEP Order 30 (2014))</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="97"/>
        <source>整改要求</source>
        <translation>Rectification required</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="100"/>
        <source>当事人义务</source>
        <translation>Party&apos;s duties</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="111"/>
        <source>查封</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="112"/>
        <source>扣押</source>
        <translation>Seize</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="123"/>
        <source>不得超过三十日；情况复杂的经负责人批准可延长，延长不超过三十日（《行政强制法》第二十五条）</source>
        <translation>At most 30 days; in complex cases the agency head may extend it once by at most 30 days (Administrative Coercion Law Art. 25)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="128"/>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="133"/>
        <source>延长后截止日期</source>
        <translation>New end date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="138"/>
        <source>只能延长一次，自原截止日期次日起不超过三十日</source>
        <translation>Once only, at most 30 days after the original end date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="142"/>
        <source>延期理由</source>
        <translation>Reason for extending</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="150"/>
        <source>解除理由</source>
        <translation>Reason for releasing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="156"/>
        <source>解除查封（扣押）物品</source>
        <translation>Items released</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="169"/>
        <source>涉嫌罪名</source>
        <translation>Suspected crime</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/step_forms_branches.py" line="174"/>
        <source>移送依据</source>
        <translation>Legal basis of the transfer</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="159"/>
        <source>连接服务器…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="160"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="161"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="179"/>
        <source>冲突（两个版本都已保留，请与审核人员核对）</source>
        <translation>Conflicts (both versions kept; check with a reviewer)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="181"/>
        <source>最近的上传记录</source>
        <translation>Recently sent</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="216"/>
        <source>服务器：{url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="218"/>
        <source>尚未连接服务器。联网后点击“连接服务器…”，输入单位提供的地址。</source>
        <translation>Not connected yet. When online, click &quot;Connect to server…&quot; and enter the address your agency gave you.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="220"/>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_page.py" line="223"/>
        <source>上次同步：{last} · 待上传 {pending} 条 · 已上传 {sent} 条 · 冲突 {conflicts} 条</source>
        <translation>Last sync: {last} · {pending} waiting · {sent} sent · {conflicts} conflicts</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="62"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="62"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="62"/>
        <source>之后状态</source>
        <translation>Status after</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="62"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/case_models.py" line="68"/>
        <source>（无编号）</source>
        <translation>(no number)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="86"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/today_page.py" line="103"/>
        <source>{today}：{count} 项待办，其中 {overdue} 项已逾期</source>
        <translation>{today}: {count} items, {overdue} overdue</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../inspector_app/app.py" line="82"/>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
</context>
</TS>
