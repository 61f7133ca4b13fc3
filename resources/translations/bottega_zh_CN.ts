<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+38"/>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has %2 points. Type the points to add (or a minus to take away) and why; it is recorded with your name.</source>
        <translation>%1 有 %2 积分。请输入要增加的积分（扣减请加负号）和原因；将以您的名义记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust (Enter)</source>
        <translation>调整（Enter）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. points of a receipt scanned without the card</source>
        <translation>例如：未刷卡小票的积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type how many points to add, or a minus to take some away.</source>
        <translation>请输入要增加的积分，扣减请加负号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why, so the owner can check it later.</source>
        <translation>请填写原因，便于店主日后核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They have only %1 points; a correction can&apos;t take away more.</source>
        <translation>只有 %1 积分，扣减不能超过此数。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="+21"/>
        <source>Owner approval</source>
        <translation>店主批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs the owner. Ask the owner to type their PIN.</source>
        <translation>%1需要店主。请店主输入其 PIN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager approval</source>
        <translation>店长授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a manager. Ask a manager or the owner to type their PIN.</source>
        <translation>%1需要店长授权。请店长或店主输入PIN码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requested by %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manager can try the PIN again.</source>
        <translation>店长可以重新输入PIN码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN码为4到8位数字。</translation>
    </message>
</context>
<context>
    <name>AutomationsPage</name>
    <message>
        <location filename="../../ui/backoffice_automations.py" line="+67"/>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% off</source>
        <translation>% 折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Birthday reward</source>
        <translation>生日礼遇</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days before the birthday</source>
        <translation>生日前天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loyalty programme&apos;s birthday reward (points or a coupon), given early so the greeting can say so; never twice in a year.</source>
        <translation>会员计划的生日礼遇（积分或优惠券）提前发放，祝福时即可告知；每年只发一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A regular is slipping away</source>
        <translation>老顾客渐渐流失时</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Valid for (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Thank you at a visit</source>
        <translation>到店致谢</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At visit number</source>
        <translation>第几次到店</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the coupon&apos;s value as a number: 10 for 10 % off, or the amount off.</source>
        <translation>请用数字输入优惠券的值：10 表示 10 % 折扣，或输入减免金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rules saved. Those that are on run when a shift opens, when the back office opens, and on &quot;Run now&quot;.</source>
        <translation>规则已保存。开启的规则会在开班时、打开后台时以及点击“立即运行”时运行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the automations did</source>
        <translation>自动化执行记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be told by</source>
        <translation>可通知渠道</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <source>Contact list</source>
        <translation>联系人名单</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>即时通讯应用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slipping away</source>
        <translation>渐渐流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you</source>
        <translation>致谢</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon %1 % off</source>
        <translation>%1 % 折扣券</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon %1 off</source>
        <translation>减免 %1 的优惠券</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no consent</source>
        <translation>未同意</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reward(s) given now; nothing is given twice.</source>
        <translation>
            <numerusform>本次发放 %n 份奖励；不会重复发放。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个联系人写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n left out: no consent for this channel, or no contact).</source>
        <translation>
            <numerusform>（%n 人未列入：未同意此渠道，或没有联系方式）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../../ui/back_office.py" line="+39"/>
        <source>Catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import and export</source>
        <translation>导入和导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulars and birthdays</source>
        <translation>常客与生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop settings</source>
        <translation>店铺设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports for the accountant</source>
        <translation>给会计的导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal register</source>
        <translation>税控收款机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automations</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback and follow-ups</source>
        <translation>顾客反馈与跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
</context>
<context>
    <name>BackOfficeForm</name>
    <message>
        <location filename="../../ui/backoffice_form.py" line="+83"/>
        <source>This can&apos;t be left empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid tax id for %1: check the digits, or leave it empty.</source>
        <translation>这不是有效的%1税号：请检查数字，或留空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a percent from 0 to 100, like 10 or 12,5.</source>
        <translation>请输入 0 到 100 之间的百分比，例如 10 或 12,5。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number above zero.</source>
        <translation>请输入大于零的数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 0 or a whole number above it.</source>
        <translation>请输入 0 或更大的整数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the receipt languages.</source>
        <translation>请选择一种小票语言。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix is two digits from 20 to 29 (or 02); separate them with spaces.</source>
        <translation>前缀是 20 到 29（或 02）之间的两位数字；用空格分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix can&apos;t be for weight and for price at once.</source>
        <translation>同一前缀不能同时用于重量和价格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item code has 4 or 5 digits.</source>
        <translation>商品代码为 4 位或 5 位数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each tier needs its own name, a spend of 0 or more and a rate above 0.</source>
        <translation>每个等级都需要不同的名称、0 或以上的消费额和大于 0 的比率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an amount, like 20 or 12,50.</source>
        <translation>请输入金额，例如 20 或 12,50。</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../ui/back_office.py" line="+28"/>
        <location line="+99"/>
        <source>Bottega – back office – %1</source>
        <translation>Bottega – 后台 – %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Back office</source>
        <translation>后台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish to the other tills</source>
        <translation>发布到其他收银台</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the till  Ctrl+B</source>
        <translation>返回收银台  Ctrl+B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out  Ctrl+Q</source>
        <translation>退出登录  Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/backoffice_backups.py" line="+57"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of all the shop&apos;s data (sales, customers, products, settings) in a folder you choose: a USB stick or a network folder, not this computer&apos;s own disk. Each copy is checked before it counts. Selling goes on while it is made.</source>
        <translation>将店铺的全部数据（销售、顾客、商品、设置）复制到您选择的文件夹：U 盘或网络文件夹，而不是本电脑的磁盘。每份副本都经过检查才算有效。备份期间可以继续销售。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups in the folder</source>
        <translation>文件夹中的备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from another file…</source>
        <translation>从其他文件恢复…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup…</source>
        <translation>恢复此备份…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the owner can restore a backup.</source>
        <translation>只有店主可以恢复备份。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last good backup</source>
        <translation>最近一次成功备份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 receipts · %3
%4</source>
        <translation>%1 · %2 张收据 · %3
%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation>尚无。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups are off: choose a folder and press Save.</source>
        <translation>备份未开启：请选择文件夹并按“保存”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup has been made yet: press Back up now.</source>
        <translation>尚未做过备份：请按“立即备份”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last good backup is more than a day old.</source>
        <translation>最近一次成功备份已超过一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last backup failed: %1</source>
        <translation>上次备份失败：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up… selling goes on.</source>
        <translation>正在备份……可以继续销售。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up and checked: %1</source>
        <translation>已备份并检查：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where and when</source>
        <translation>位置和时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A USB stick or a network folder</source>
        <translation>U 盘或网络文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups of this till</source>
        <translation> 份本收银台的备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day (the first start of the day, and at midnight while open)</source>
        <translation>每天（当天首次启动时，以及运行中的午夜）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a shift is closed</source>
        <translation>交班结束时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no folder %1. Plug in the stick or choose another folder.</source>
        <translation>没有文件夹 %1。请插入 U 盘或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop · till</source>
        <translation>店铺 · 收银台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last receipt</source>
        <translation>最后一张收据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not a readable backup</source>
        <translation>无法读取的备份</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottega backups (*.db)</source>
        <translation>Bottega 备份 (*.db)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s data now comes from the backup made %1. The data as it was is kept in %2.

Bottega closes now: start it again and sign in.</source>
        <translation>店铺数据现已来自 %1 的备份。原来的数据保存在 %2。

Bottega 现在将关闭：请重新启动并登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Bottega (Enter)</source>
        <translation>关闭 Bottega（Enter）</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../ui/backoffice_campaigns.py" line="+53"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We miss you</source>
        <translation>想念您</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer A</source>
        <translation>优惠 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer B</source>
        <translation>优惠 B</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment is split at random, once: A, B and a control group that gets nothing, so the results show what the offer itself changed.</source>
        <translation>客群会被随机分组一次：A、B 以及什么也不收到的对照组，因此结果显示的是优惠本身带来的变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create campaign</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% off</source>
        <translation>% 折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regulars slipping away</source>
        <translation>渐渐流失的老顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>忠实客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promising</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slipping away (RFM)</source>
        <translation>渐渐流失（RFM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n customer(s) today</source>
        <translation>
            <numerusform>今天 %n 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type each offer as a number: 10 for 10 % off, or the amount off.</source>
        <translation>请用数字输入每个优惠：10 表示 10 % 折扣，或输入减免金额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the groups and issuing the coupons…</source>
        <translation>正在随机分组并发放优惠券…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Came back</source>
        <translation>回店</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coupons used</source>
        <translation>已用优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average basket</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Came back and bought during the offer, with its 95 % interval; the grey band is the control group&apos;s.</source>
        <translation>优惠期间回店购买的比例及其 95 % 区间；灰色带为对照组的区间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Contact list</source>
        <translation>联系人名单</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>即时通讯应用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variant %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no offer</source>
        <translation>无优惠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % off</source>
        <translation>%1 % 折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No campaign yet: make the first one on the left.</source>
        <translation>还没有活动：在左侧创建第一个。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 per member</source>
        <translation>人均 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 points
(%2 to %3)</source>
        <translation>%1 个百分点
（%2 至 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: more customers came back than without an offer — the intervals are apart.</source>
        <translation>%1：回店的顾客比没有优惠时多——区间不重叠。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fewer customers came back than without an offer — the intervals are apart.</source>
        <translation>%1：回店的顾客比没有优惠时少——区间不重叠。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not enough data yet — its interval and the control group&apos;s overlap, so the difference may be chance.</source>
        <translation>%1：数据还不够——它与对照组的区间重叠，差异可能只是偶然。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个联系人写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n left out: no consent for this channel, or no contact).</source>
        <translation>
            <numerusform>（%n 人未列入：未同意此渠道，或没有联系方式）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="+28"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <location filename="../../ui/cash_dialog.py" line="+17"/>
        <source>Cash in / out</source>
        <translation>存取现金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record (Enter)</source>
        <translation>记录 (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash in  (F1)</source>
        <translation>存入  (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out  (F2)</source>
        <translation>取出  (F2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type why</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drawer should hold %1 now.</source>
        <translation>钱箱现在应有%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change added</source>
        <translation>补充零钱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change from the safe</source>
        <translation>从保险柜取零钱</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Supplier paid</source>
        <translation>支付供应商</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takings to the bank</source>
        <translation>营业款存银行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the safe</source>
        <translation>存入保险柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop expenses</source>
        <translation>店铺开支</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Put in the drawer (Enter)</source>
        <translation>放入钱箱 (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take out (Enter)</source>
        <translation>取出 (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the amount put in or taken out; it can&apos;t be 0.</source>
        <translation>请输入存入或取出的金额，不能为0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or type a reason: it goes in the shift report and the audit log.</source>
        <translation>请选择或输入原因：它会记入交班报表和审计日志。</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="+124"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour (#rrggbb)</source>
        <translation>颜色 (#rrggbb)</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/close_shift_dialog.py" line="+20"/>
        <source>Close the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count all the cash in the drawer and type the total. The Z report is final: after it, this till needs a new shift to sell.</source>
        <translation>清点钱箱内全部现金并输入总额。Z报表一经生成不可更改：之后本收银台需要重新开班才能销售。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close shift (Enter)</source>
        <translation>交班 (Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected: %1</source>
        <translation>应有：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Matches the drawer ✓</source>
        <translation>与钱箱相符 ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short by %1</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over by %1</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The drawer is %1 short. Count again, or press Enter again to close the shift anyway.</source>
        <translation>钱箱短款%1。请重新清点，或再按一次Enter仍然交班。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drawer is %1 over. Count again, or press Enter again to close the shift anyway.</source>
        <translation>钱箱长款%1。请重新清点，或再按一次Enter仍然交班。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shift closed</source>
        <translation>已交班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z report no. %1 is stored. Press Enter to sign out of the till.</source>
        <translation>第%1号Z报表已保存。按Enter退出收银台。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done (Enter)</source>
        <translation>完成 (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="+14"/>
        <source>Customer fields</source>
        <translation>客户字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields of your own on every customer card, e.g. “Dog&apos;s name” or “Preferred cut”. For a list, type its choices separated by commas.</source>
        <translation>每张客户卡上您自己的字段，例如“狗的名字”或“喜欢的部位”。若是列表，请用逗号分隔输入选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>标签名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of a list</source>
        <translation>列表中的一项</translation>
    </message>
    <message>
        <location filename="../../ui/customer_messages.py" line="+72"/>
        <source>Every field needs a label.</source>
        <translation>每个字段都需要标签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is there twice.</source>
        <translation>“%1”出现了两次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has no kind.</source>
        <translation>“%1”没有类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a list: type its choices, separated by commas.</source>
        <translation>“%1”是列表：请输入选项，用逗号分隔。</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+56"/>
        <source>%1: details saved.</source>
        <translation>%1：资料已保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 put aside for %2.</source>
        <translation>%1 已预留，取货日 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the loyalty card</source>
        <translation>保存会员卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+56"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Card %1 saved to %2: print it on card stock at actual size.</source>
        <translation>会员卡 %1 已保存到 %2：请用卡纸按实际大小打印。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card %1 will stop working at once. Then save the new card to print it.</source>
        <translation>会员卡 %1 将立即失效。然后保存新卡以便打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no card yet. Save their first card to print it.</source>
        <translation>%1 还没有会员卡。保存第一张卡以便打印。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace a lost card</source>
        <translation>补办丢失的会员卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace (Enter)</source>
        <translation>补办（Enter）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 points recorded for %2.</source>
        <translation>已为 %2 记录 %1 积分。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note saved for %1.</source>
        <translation>已为 %1 保存备注。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the customer&apos;s data</source>
        <translation>保存顾客数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their data is in %1 and, to read, %2.</source>
        <translation>数据已保存到 %1，可阅读版本为 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A refund keeps the customer of its receipt. Finish or cancel it first.</source>
        <translation>退货沿用原小票的顾客。请先完成或取消退货。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, e-mail, birthday, notes and consents of %1 are removed and their card stops working. Receipts, VAT and points stay, under an anonymous number. This can&apos;t be undone.</source>
        <translation>%1 的姓名、电话、电子邮件、生日、备注和同意记录将被删除，会员卡随即失效。小票、增值税和积分以匿名编号保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this customer</source>
        <translation>删除此顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase (Enter)</source>
        <translation>删除（Enter）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 still has goods put aside: pick them up or cancel the reservation, then erase.</source>
        <translation>%1 仍有预留商品：请先取货或取消预订，再删除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was erased; their receipts and points stay without a name.</source>
        <translation>已删除 %1；其小票和积分保留但不再有姓名。</translation>
    </message>
</context>
<context>
    <name>CustomerArea</name>
    <message>
        <location filename="../../ui/customer_area.py" line="+43"/>
        <source>A refund keeps the customer of its receipt. Finish or cancel it first.</source>
        <translation>退货沿用原小票的顾客。请先完成或取消退货。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Welcome, %1: registered and attached to this sale.</source>
        <translation>欢迎，%1：已登记并关联到本次交易。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attached to this sale.</source>
        <translation>已将%1关联到本次交易。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happy birthday! Their birthday gift has been added.</source>
        <translation>生日快乐！已添加生日礼物。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer removed from this sale.</source>
        <translation>已从本次交易移除顾客。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scan the items first, then the coupon.</source>
        <translation>请先扫描商品，再扫描优惠券。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupon %1 applied.</source>
        <translation>已使用优惠券 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finish, park or cancel this sale before a return.</source>
        <translation>请先完成、挂起或取消当前交易再退货。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scan or add the items to put aside, then press Reserve.</source>
        <translation>扫描或添加要预留的商品，然后点击预留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put aside until %1.</source>
        <translation>已预留至%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit taken: %1.</source>
        <translation>已收定金：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish this sale or refund before a pickup.</source>
        <translation>请先完成当前销售或退货再取货。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reservation on the sale: check the weights, then F12. The deposit is already counted.</source>
        <translation>预留已转为销售：请核对重量后按F12。定金已计入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale in progress was parked (F8 recalls it).</source>
        <translation>当前交易已挂单（按F8取单）。</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="+135"/>
        <source>Remove ✕</source>
        <translation>移除 ✕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the sale without this customer</source>
        <translation>不关联此顾客，继续销售</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit details and consents…</source>
        <translation>编辑资料和同意…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details and consents, loyalty card, points correction, data export or erasure</source>
        <translation>资料与同意、会员卡、积分调整、数据导出或删除</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Receipts</source>
        <translation>小票</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Birthday %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points · %2</source>
        <translation>%1 积分 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime points: %1 · spent in the last 12 months: %2</source>
        <translation>累计积分：%1 · 近12个月消费：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>card %1</source>
        <translation>会员卡 %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No phone or e-mail</source>
        <translation>无电话或邮箱</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Put their usual aside</source>
        <translation>预留其常买的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print loyalty card</source>
        <translation>打印会员卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace a lost card</source>
        <translation>补办丢失的会员卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a note (complaint, praise, request)…</source>
        <translation>记录意见（投诉、表扬、请求）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export their data (JSON + PDF)…</source>
        <translation>导出其数据（JSON + PDF）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this customer…</source>
        <translation>删除此顾客…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More ▾</source>
        <translation>更多 ▾</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use coupon</source>
        <translation>使用优惠券</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Usually buys: %1</source>
        <translation>常买：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchases yet</source>
        <translation>暂无购买</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usually buys %1 every ~%2 days, last %3 days ago</source>
        <translation>通常每约%2天买一次%1，上次在%3天前</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipts (%1)</source>
        <translation>小票（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>messaging</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing: no consent given</source>
        <translation>营销：未同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing OK by: %1</source>
        <translation>同意营销：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birthday gift: %1 points</source>
        <translation>生日礼物：%1 积分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon %1: %2 off</source>
        <translation>优惠券 %1：减 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last visit %1</source>
        <translation>上次到店 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reserved (%1)</source>
        <translation>预留（%1）</translation>
    </message>
</context>
<context>
    <name>CustomerReservations</name>
    <message>
        <location filename="../../ui/reservations_view.py" line="+142"/>
        <source>Pick up</source>
        <translation>取货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve…</source>
        <translation>预留…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the items of this sale aside for the customer</source>
        <translation>为顾客预留本次交易的商品</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <location filename="../../ui/customer_search.py" line="+43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>CustomerSearchDialog</name>
    <message>
        <location line="+21"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the phone number (any way, or its last digits), part of the name or the e-mail, or scan the loyalty card. Enter attaches the highlighted customer.</source>
        <translation>输入电话号码（任意格式或尾号）、部分姓名或邮箱，或扫描会员卡。按Enter关联选中的顾客。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach (Enter)</source>
        <translation>关联 (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone, name, e-mail or card</source>
        <translation>电话、姓名、邮箱或会员卡</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New customer (F4)</source>
        <translation>新顾客 (F4)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches “%1”. Press F4 to register them.</source>
        <translation>没有与“%1”匹配的顾客。按F4登记新顾客。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No customer matches “%1”. Check what was typed, or press F4 to register them.</source>
        <translation>没有与“%1”匹配的顾客。请检查输入，或按F4登记新顾客。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/backoffice_customers.py" line="+55"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 10 years</source>
        <translation>最近 10 年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved segment</source>
        <translation>已保存的分组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value contains…</source>
        <translation>值包含…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <location line="+60"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>name or SKU</source>
        <translation>名称或 SKU</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Spent at least</source>
        <translation>消费至少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits at least</source>
        <translation>到店至少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came in the last … days</source>
        <translation>最近 … 天内来过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not seen for … days</source>
        <translation>… 天未来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought product</source>
        <translation>买过的商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought from category</source>
        <translation>买过的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing OK by</source>
        <translation>同意营销的渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday in</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone or e-mail</source>
        <translation>电话或电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation>消费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last visit</source>
        <translation>上次到店</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a tag, e.g. restaurant</source>
        <translation>一个标记，例如 餐厅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tag to all listed</source>
        <translation>给列表中所有人加标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag from all listed</source>
        <translation>从列表中所有人移除标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save segment…</source>
        <translation>保存分组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer fields…</source>
        <translation>客户字段…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the shop&apos;s history…</source>
        <translation>正在读取本店历史…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging apps</source>
        <translation>即时通讯应用</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“%1” is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 customers · %2 of takings</source>
        <translation>%1 位客户 · 占营业额 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers · %2 spent · %3 of takings</source>
        <translation>%1 位客户 · 消费 %2 · 占营业额 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the tag first.</source>
        <translation>请先输入标记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers changed.</source>
        <translation>已修改 %1 位客户。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save segment</source>
        <translation>保存分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the segment</source>
        <translation>分组名称</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="+96"/>
        <source>Above %1 a manager&apos;s PIN is needed. Empty removes the discount.</source>
        <translation>超过%1需要店长PIN码。留空则取消折扣。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent %</source>
        <translation>百分比 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>DueFollowUpsDialog</name>
    <message>
        <location filename="../../ui/follow_ups_dialog.py" line="+14"/>
        <source>Your follow-ups for today</source>
        <translation>您今天的跟进事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick one off when it is done; the rest wait for later.</source>
        <translation>完成一项就勾掉；其余的可以稍后再做。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue (Enter)</source>
        <translation>继续（Enter）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done ✓</source>
        <translation>完成 ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later (Esc)</source>
        <translation>稍后（Esc）</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_edit.py" line="+25"/>
        <source>Customer details</source>
        <translation>顾客资料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change what the customer tells you. Tick a consent only if they say yes; untick it if they withdraw it.</source>
        <translation>按顾客所说修改资料。仅在顾客同意时勾选同意项；顾客撤回时取消勾选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Enter)</source>
        <translation>保存（Enter）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comma between tags, e.g. restaurant, celiac</source>
        <translation>标签用逗号分隔，例如：餐厅, 无麸质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>即时通讯应用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing OK by</source>
        <translation>同意营销方式</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <location filename="../../ui/customer_messages.py" line="+8"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a date. Type it like 2026-05-31.</source>
        <translation>%1：“%2”不是日期。请按 2026-05-31 的格式输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1：“%2”不在选项中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: too long (at most 200 characters).</source>
        <translation>%1：太长（最多 200 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit.py" line="+65"/>
        <source>“%1” is not a birthday. Type it like %2, or leave it empty.</source>
        <translation>“%1”不是有效的生日。请按 %2 的格式输入，或留空。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This phone number already belongs to %1.</source>
        <translation>此电话号码已属于 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail already belongs to %1.</source>
        <translation>此邮箱已属于 %1。</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/backoffice_exports.py" line="+59"/>
        <source>Exports for the accountant</source>
        <translation>给会计的导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sales journal, VAT per day and rate, payments, refunds, cash movements, discounts and the Z reports of a period, as spreadsheets, an Excel workbook and a PDF summary, in one new folder with a zip of them. Nothing is sent: you attach the zip to your e-mail.</source>
        <translation>某一期间的销售日记账、按日期和税率的增值税、支付、退款、现金收支、折扣和日结报表 (Z)，以 CSV 表格、Excel 工作簿和 PDF 汇总的形式保存在一个新文件夹中，并附一个 zip 压缩包。不会发送任何内容：请自行把 zip 附到电子邮件中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the days</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheets (CSV)</source>
        <translation>表格 (CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary</source>
        <translation>PDF 汇总</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month for my accountant</source>
        <translation>给会计的月度资料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+135"/>
        <source>Only the owner or a manager can export the shop&apos;s accounts.</source>
        <translation>只有店主或经理可以导出店铺的账目。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>The sales journal and the refunds carry customer ids (personal data): keep the files safe. Every export is recorded.</source>
        <translation>销售日记账和退款中包含顾客编号（个人数据）：请妥善保管文件。每次导出都会被记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer ids are left out: only the owner&apos;s exports carry personal data. Every export is recorded.</source>
        <translation>不包含顾客编号：只有店主的导出才包含个人数据。每次导出都会被记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to save the exports</source>
        <translation>导出保存位置</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../ui/export_messages.py" line="+22"/>
        <source>The first day is after the last: change the dates.</source>
        <translation>开始日期晚于结束日期：请修改日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting %1 to %2…</source>
        <translation>正在将 %1 导出到 %2…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written to %1: %2 files and a zip of them.</source>
        <translation>已写入 %1：%2 个文件和一个 zip 压缩包。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sales in this period: the files hold the column headers only.</source>
        <translation>此期间没有销售：文件中只有列标题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 receipts, %2 refunds, net takings %3, %4 Z reports.</source>
        <translation>%1 张小票，%2 笔退款，净营业额 %3，%4 份日结报表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1: net %2, VAT %3, gross %4</source>
        <translation>增值税 %1：不含税 %2，税额 %3，含税 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shifts are still open: their sales are in the files, their Z reports are not yet.</source>
        <translation>%1 个班次尚未结班：其销售已在文件中，日结报表尚未生成。</translation>
    </message>
    <message>
        <location filename="../../ui/export_messages.py" line="-7"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already holds files: choose another folder.</source>
        <translation>%1 中已有文件：请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write in %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date: write it like 2026-11-30.</source>
        <translation>“%1”不是日期：请写成 2026-11-30 的形式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an export format: choose among CSV, Excel and PDF.</source>
        <translation>“%1”不是导出格式：请在 CSV、Excel 和 PDF 中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice_exports.py" line="+11"/>
        <source>The export failed: %1. Nothing was written.</source>
        <translation>导出失败：%1。没有写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/backoffice_feedback.py" line="+32"/>
        <source>Feedback and follow-ups</source>
        <translation>顾客反馈与跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers said at the tills and on their loyalty page, and what the team has promised to do about it.</source>
        <translation>顾客在收银台和会员卡页面上说的话，以及团队承诺要做的事。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By product</source>
        <translation>按商品</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New note…</source>
        <translation>新建备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>标记为已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a note in the list, then Resolve.</source>
        <translation>请在列表中选择一条备注，然后点“标记为已解决”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved.</source>
        <translation>已解决。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone&apos;s open follow-ups, soonest due first. Each person also sees theirs when they sign in.</source>
        <translation>所有人未完成的跟进事项，最早到期的在前。每个人登录时也会看到自己的事项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a follow-up in the list, then Mark done.</source>
        <translation>请在列表中选择一项跟进事项，然后点“标记为完成”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Said</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned (%1)</source>
        <translation>退货（%1）</translation>
    </message>
</context>
<context>
    <name>FiscalLink</name>
    <message>
        <location filename="../../ui/fiscal_link.py" line="+37"/>
        <source>RT daily closure %1 done.</source>
        <translation>RT 日结 %1 已完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RT daily closure not done yet: %1.</source>
        <translation>RT 日结尚未完成：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1: the RT&apos;s counters moved unexpectedly. Check the RT&apos;s last slip before anything else.</source>
        <translation>销售 %1：RT 的计数器意外变化。请先核对 RT 打印的最后一张单据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 is NOT yet fiscal: %2. It will be sent again after asking the RT.</source>
        <translation>销售 %1 尚未完成税控：%2。询问 RT 后将重新发送。</translation>
    </message>
    <message>
        <location filename="../../ui/fiscal_messages.py" line="+23"/>
        <source>RT not reachable</source>
        <translation>无法连接 RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT did not answer</source>
        <translation>RT 未响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT out of paper or cover open</source>
        <translation>RT 缺纸或机盖打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT out of paper</source>
        <translation>RT 缺纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT cover open</source>
        <translation>RT 机盖打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT busy</source>
        <translation>RT 忙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an earlier sale is being checked with the RT</source>
        <translation>正在与 RT 核对之前的一笔销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day&apos;s sales must reach the RT before its closure</source>
        <translation>日结前当天的销售必须先送达 RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the original slip&apos;s reference for this return</source>
        <translation>请为此退货输入原始小票的参考号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VAT rate has no RT department</source>
        <translation>有税率没有对应的 RT 部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no RT set up</source>
        <translation>未设置 RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT error %1</source>
        <translation>RT 错误 %1</translation>
    </message>
</context>
<context>
    <name>FiscalPage</name>
    <message>
        <location filename="../../ui/backoffice_fiscal.py" line="+39"/>
        <source>Fiscal register (RT)</source>
        <translation>税控收款机 (RT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None (receipts are not fiscal documents)</source>
        <translation>无（小票不是税务凭证）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epson FP-81 II RT / FP-90III</source>
        <translation>Epson FP-81 II RT / FP-90III</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom RT (sales and voids; returns not yet)</source>
        <translation>Custom RT（销售和作废；暂不支持退货）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The RT&apos;s IP address, e.g. 192.168.1.50</source>
        <translation>RT 的 IP 地址，例如 192.168.1.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from the RT by Test connection (Custom: type it)</source>
        <translation>通过“测试连接”从 RT 读取（Custom：请手动输入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT serial</source>
        <translation>RT 序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round cash totals to 5 cents</source>
        <translation>现金总额按 5 分舍入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the RT&apos;s daily closure (Z) when the shift closes</source>
        <translation>交班时执行 RT 日结 (Z)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RT department</source>
        <translation>RT 部门</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents the RT has not confirmed</source>
        <translation>RT 尚未确认的单据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original slip: zzzz nnnn ddmmyyyy serial</source>
        <translation>原始小票：zzzz nnnn ddmmyyyy 序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for the selected return</source>
        <translation>用于所选退货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RT printed nothing: send again</source>
        <translation>RT 未打印任何内容：重新发送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last daily closure: Bottega and the RT</source>
        <translation>最近一次日结：Bottega 与 RT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate or payment</source>
        <translation>税率或付款方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottega</source>
        <translation>Bottega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../ui/messages.py" line="+147"/>
        <source>Type the RT&apos;s address (an IP address or host name, no spaces).</source>
        <translation>请输入 RT 的地址（IP 地址或主机名，不含空格）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/messages.py" line="+2"/>
        <source>Departments are numbers from 1 to 99.</source>
        <translation>部门是 1 到 99 之间的数字。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/messages.py" line="+2"/>
        <source>Choose a model.</source>
        <translation>请选择型号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the RT...</source>
        <translation>正在询问 RT...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The RT did not answer (%1). Check its address, cable and power.</source>
        <translation>RT 未响应（%1）。请检查地址、网线和电源。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready: %1</source>
        <translation>未就绪：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT %1 answered: %2. Day closure no. %3, last document %4.</source>
        <translation>RT %1 已响应：%2。日结编号 %3，最后单据 %4。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a return in the list first.</source>
        <translation>请先在列表中选择一笔退货。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/messages.py" line="-6"/>
        <source>Type the reference as on the slip: closure, number, date, RT serial.</source>
        <translation>请按小票输入参考号：日结号、单据号、日期、RT 序列号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference kept; the till sends the return within a minute.</source>
        <translation>参考号已保存；收银台将在一分钟内发送退货。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a document marked &apos;check&apos; first.</source>
        <translation>请先选择标记为“check”的单据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electronic</source>
        <translation>电子支付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount paid</source>
        <translation>抵扣付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid</source>
        <translation>未收款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounding</source>
        <translation>舍入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1 %</source>
        <translation>增值税 %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not confirmed by the RT: %1</source>
        <translation>RT 未确认：%1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/backoffice_import.py" line="+40"/>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 超过 %2 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a control character</source>
        <translation>%1 含有控制字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 is not an amount (write 3.50 or 3,50)</source>
        <translation>价格 %1 不是金额（请写成 3.50 或 3,50）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price must not be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 has more decimals than the currency&apos;s %2</source>
        <translation>价格 %1 的小数位多于货币的 %2 位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 is more than the largest price, %2</source>
        <translation>价格 %1 超过最高价格 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT rate %1 is not a percentage (22 for 22 %)</source>
        <translation>增值税率 %1 不是百分比（22 % 写作 22）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT rate %1 % is not one of the shop&apos;s rates (%2)</source>
        <translation>增值税率 %1 % 不是本店的税率（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit %1 is not one of %2</source>
        <translation>单位 %1 不是 %2 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 is not an EAN-8, UPC-A or EAN-13 (8, 12 or 13 digits)</source>
        <translation>条码 %1 不是 EAN-8、UPC-A 或 EAN-13（8、12 或 13 位数字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 has 11 digits: did a spreadsheet drop a leading zero? Format the column as text</source>
        <translation>条码 %1 只有 11 位：是电子表格去掉了开头的 0 吗？请把该列设为文本格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 has a wrong check digit</source>
        <translation>条码 %1 的校验位错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 starts with %2, which the tills read as a scale label; give a weighed item a PLU instead</source>
        <translation>条码 %1 以 %2 开头，收银台会把它读作秤标签；称重商品请使用 PLU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PLU %1 must be 1 to 10 digits</source>
        <translation>PLU %1 必须是 1 到 10 位数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active %1 is not one of 1, 0, true, false, yes, no</source>
        <translation>active %1 不是 1、0、true、false、yes、no 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 is also on line %2</source>
        <translation>条码 %1 也在第 %2 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 already belongs to SKU %2</source>
        <translation>条码 %1 已属于 SKU %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is also on line %3</source>
        <translation>%1 %2 也在第 %3 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 already belongs to SKU %3</source>
        <translation>%1 %2 已属于 SKU %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote is opened and not closed on this line</source>
        <translation>此行有一个引号未闭合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line is too long to be a product</source>
        <translation>此行太长，不可能是一个商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has more fields than the first line names</source>
        <translation>此行的字段多于第一行列出的列</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is %1 MB; an import takes at most %2 MB. Split it into smaller files.</source>
        <translation>文件大小为 %1 MB；一次导入最多 %2 MB。请拆分为较小的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has more than %1 products. Split it into smaller files.</source>
        <translation>文件中的商品超过 %1 个。请拆分为较小的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an Excel workbook that can be read. Save it again as .xlsx or .csv.</source>
        <translation>这不是可读取的 Excel 工作簿。请另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first line must name the columns %1. Unknown: %2. Missing: %3.</source>
        <translation>第一行必须列出列名 %1。未知：%2。缺少：%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty or its first line does not name the columns %1.</source>
        <translation>文件为空，或第一行没有列出列名 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason or product</source>
        <translation>原因或商品</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import and export products</source>
        <translation>导入和导出商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel file whose first line names the columns sku, name, price, vat_rate, unit, barcode, plu, category, active (price like 3.50, vat_rate one of the shop&apos;s rates like 22, unit pc or kg). Nothing is written until you press Import.</source>
        <translation>CSV 或 Excel 文件，第一行列出列名 sku, name, price, vat_rate, unit, barcode, plu, category, active（price 如 3.50，vat_rate 为本店税率之一如 22，unit 为 pc 或 kg）。在您按下“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file… (Ctrl+O)</source>
        <translation>选择文件… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+72"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Product file</source>
        <translation>商品文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product files (*.csv *.xlsx *.txt)</source>
        <translation>商品文件 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import %1 products</source>
        <translation>导入 %1 个商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows are rejected (in red, with the reason). Import leaves them out; correct them in the file and import it again.</source>
        <translation>%1 行被拒绝（红色显示，附原因）。导入时会跳过它们；请在文件中更正后重新导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation>新增 %1，已更改 %2，未更改 %3，已拒绝 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read as %1, columns separated by %2</source>
        <translation>按 %1 读取，列以%2分隔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the catalogue</source>
        <translation>导出商品目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 products saved to %2</source>
        <translation>已将 %1 个商品保存到 %2</translation>
    </message>
</context>
<context>
    <name>LoyaltySection</name>
    <message>
        <location filename="../../ui/backoffice_loyalty.py" line="+38"/>
        <source>Loyalty programme</source>
        <translation>会员积分计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Customers earn and redeem points</source>
        <translation>顾客可累积和使用积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: nobody earns points; the points customers have stay theirs.</source>
        <translation>关闭：不再累积积分；顾客已有的积分保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earn rate</source>
        <translation>积分比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer earns one point for each time this amount is spent.</source>
        <translation>顾客每消费此金额获得一个积分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of a point</source>
        <translation>每积分价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one point is worth when a customer pays with points.</source>
        <translation>顾客用积分付款时每个积分的价值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Points (%)</source>
        <translation>积分 (%)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No points</source>
        <translation>不积分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % earns the normal points, 200 % double; tick No points for what never earns.</source>
        <translation>100 % 为正常积分，200 % 为双倍；从不积分的请勾选“不积分”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products without points</source>
        <translation>不积分的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product codes (SKU) that never earn points, e.g. tobacco, gift cards; separate with commas.</source>
        <translation>从不积分的商品编码（SKU），例如烟草、礼品卡；用逗号分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expire after</source>
        <translation>积分有效期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Days after they were earned; 0 = points never expire.</source>
        <translation>自获得之日起的天数；0 = 永不过期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending reaches a tier; a tier&apos;s rate multiplies the points earned (150 % = half again).</source>
        <translation>消费额决定等级；等级比率乘以所得积分（150 % = 1.5 倍）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier spending over</source>
        <translation>等级消费统计期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier counts what the customer spent in this many days.</source>
        <translation>等级按顾客在这些天内的消费计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A discount coupon</source>
        <translation>折扣券</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday reward</source>
        <translation>生日奖励</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given once in the customer&apos;s birthday week, the first time they shop.</source>
        <translation>在顾客生日那一周首次购物时发放一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday points</source>
        <translation>生日积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given when the reward is points.</source>
        <translation>奖励为积分时发放的积分数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday coupon (%)</source>
        <translation>生日优惠券 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coupon&apos;s discount when the reward is a coupon, valid that week.</source>
        <translation>奖励为优惠券时的折扣，当周有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From spending</source>
        <translation>消费起点</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen tier</source>
        <translation>删除所选等级</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="+21"/>
        <source>About %1.</source>
        <translation>关于 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback note</source>
        <translation>顾客意见备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save note (Enter)</source>
        <translation>保存备注（Enter）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What did the customer say?</source>
        <translation>顾客说了什么？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product (optional): type to find it</source>
        <translation>商品（选填）：输入以查找</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>No product</source>
        <translation>无商品</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Follow up</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do, e.g. call when the gluten-free bread arrives</source>
        <translation>要做什么，例如：无麸质面包到货后打电话</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <location filename="../../ui/backoffice_nps.py" line="+51"/>
        <source>Net Promoter Score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a visit, the customer&apos;s loyalty page asks once: how likely are you to recommend us, 0 to 10? Promoters answer 9-10, detractors 0-6; the score is % promoters minus % detractors, from -100 to 100. The bars are 95 % intervals: where two months&apos; bars overlap, the change may be chance.</source>
        <translation>顾客消费后，会员卡页面会询问一次：您向朋友推荐我们的可能性有多大（0 到 10）？9-10 分为推荐者，0-6 分为贬损者；得分为推荐者百分比减去贬损者百分比，范围 -100 到 100。竖线为 95% 区间：两个月的区间重叠时，变化可能只是偶然。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the detractors wrote (each is an open note on the Feedback page)</source>
        <translation>贬损者的留言（每条都是反馈页面上的未处理备注）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promoters (9-10)</source>
        <translation>推荐者（9-10）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passives (7-8)</source>
        <translation>被动者（7-8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors (0-6)</source>
        <translation>贬损者（0-6）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No answers yet. They come from the customers&apos; loyalty pages once the till is connected to the server.</source>
        <translation>还没有回答。收银台连接服务器后，回答会从顾客的会员卡页面传来。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>95 % interval: %1 to %2</source>
        <translation>95% 区间：%1 至 %2</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ui/open_shift_dialog.py" line="+15"/>
        <source>Open the shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash in the drawer and type the total: it is the float this shift starts with.</source>
        <translation>清点钱箱内现金并输入总额：这是本班次的备用金。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open shift (Enter)</source>
        <translation>开班 (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash in the drawer</source>
        <translation>钱箱现金</translation>
    </message>
</context>
<context>
    <name>OwnerServerSignIn</name>
    <message>
        <location filename="../../ui/owner_server_sign_in.py" line="+29"/>
        <source>%1 changes are being published to the other tills.</source>
        <translation>正在将 %1 项更改发布到其他收银台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the server to publish %1 catalogue and settings changes to the other tills.</source>
        <translation>登录服务器，将 %1 项商品目录和设置更改发布到其他收银台。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_texts.py" line="+35"/>
        <source>The server does not know this name with this password.</source>
        <translation>服务器上没有与此密码匹配的此名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong passwords: try again in %1 minutes.</source>
        <translation>密码错误次数过多：请在 %1 分钟后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop works on its own: there is no server to publish to.</source>
        <translation>本店独立运行：没有可发布的服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server. Your changes stay here and wait; try again later.</source>
        <translation>无法连接服务器。您的更改保留在此处等待；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>OwnerServerSignInDialog</name>
    <message>
        <location filename="../../ui/owner_server_sign_in.py" line="+8"/>
        <source>Publish changes to the other tills</source>
        <translation>将更改发布到其他收银台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in and publish</source>
        <translation>登录并发布</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changes made here wait for the shop&apos;s server. Sign in with your name and password on the server to send them to every till.</source>
        <translation>此处的 %1 项更改正在等待店铺服务器。使用您在服务器上的名称和密码登录，即可将其发送到每台收银台。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out of the server</source>
        <translation>退出服务器登录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in as %1 until %2.</source>
        <translation>已以 %1 身份登录，有效至 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your name and password on the server.</source>
        <translation>请输入您在服务器上的名称和密码。</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/parked_dialog.py" line="+30"/>
        <source>Choose a sale and press Enter (or double-click it) to bring it back.</source>
        <translation>选择一笔挂单，按Enter（或双击）取回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale on screen is parked in its place.</source>
        <translation>屏幕上的当前交易将改为挂单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked sales</source>
        <translation>挂单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall (Enter)</source>
        <translation>取单 (Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parked at</source>
        <translation>挂单时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sales are parked on this till.
Press F7 on the till to park one.</source>
        <translation>本收银台没有挂单。
在收银界面按F7挂单。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That sale is no longer parked (recalled on another screen). Choose another.</source>
        <translation>该交易已不在挂单中（已在其他屏幕取回）。请选择其他交易。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="+37"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pay back to the customer</source>
        <translation>退还顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Amount received (empty = exact amount)</source>
        <translation>实收金额（留空 = 正好）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lottery code (8 characters, card payments from 1 EUR)</source>
        <translation>彩票码（8 位，刷卡 1 欧元起）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Back to sale (Esc)</source>
        <translation>返回销售 (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card (F8)</source>
        <translation>银行卡 (F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash (Enter)</source>
        <translation>现金 (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points (F6)</source>
        <translation>积分 (F6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points pay up to the balance this till knows; points earned at another till count here once both tills have synced.</source>
        <translation>积分最多可支付本收银台已知的余额；在其他收银台获得的积分，需两台收银台都同步后才在此计入。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Next customer (Enter)</source>
        <translation>下一位顾客 (Enter)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A card payment can&apos;t be more than what is left: %1.</source>
        <translation>刷卡金额不能超过剩余金额：%1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No points to pay with.</source>
        <translation>没有可用于支付的积分。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Paid back</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change due</source>
        <translation>找零</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 It was taken off this sale: %2 to pay.</source>
        <translation>%1 已从本次销售中移除：应付 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit paid</source>
        <translation>已付定金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+101"/>
        <source>Still to pay back: %1</source>
        <translation>尚需退还：%1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>In cash: %1 (rounding %2)</source>
        <translation>现金支付：%1（舍入 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still to pay: %1</source>
        <translation>尚需支付：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change due: %1</source>
        <translation>找零：%1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="+27"/>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the PIN</source>
        <translation>清除PIN码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the last digit (Backspace)</source>
        <translation>删除最后一位 (Backspace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK (Enter)</source>
        <translation>确定 (Enter)</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <location filename="../../ui/price_change_dialog.py" line="+18"/>
        <source>Change prices</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview the new prices; nothing changes until you apply them.</source>
        <translation>先预览新价格；应用之前不会有任何改动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply new prices</source>
        <translation>应用新价格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected products (%1)</source>
        <translation>所选商品 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product on sale</source>
        <translation>所有在售商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by percent (+10, -5)</source>
        <translation>按百分比 (+10, -5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an amount (+0,50, -1)</source>
        <translation>按金额 (+0.50, -1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 for 10 % more, -5 for 5 % less</source>
        <translation>10 表示涨 10 %，-5 表示降 5 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>现价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-18"/>
        <source>New price: %1</source>
        <translation>改价：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current price %1</source>
        <translation>当前价格 %1</translation>
    </message>
</context>
<context>
    <name>PrinterSetupDialog</name>
    <message>
        <location filename="../../ui/printer_messages.py" line="+23"/>
        <source>USB printers can&apos;t be used on this computer: %1. Use a serial, network or file connection, or install it.</source>
        <translation>此电脑无法使用USB打印机：%1。请改用串口、网络或文件连接，或先安装。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer did not answer. Check that it is switched on, the cable or network, and the address.</source>
        <translation>打印机无响应。请检查电源、线缆或网络以及地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is out of paper. Put in a new roll.</source>
        <translation>打印机缺纸。请装入新纸卷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer&apos;s cover is open. Close it.</source>
        <translation>打印机上盖未关。请关好。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer stopped taking data. Check the paper and the flow control setting.</source>
        <translation>打印机停止接收数据。请检查纸张和流控设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the printer is connected first.</source>
        <translation>请先选择打印机的连接方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This printer model can&apos;t print that. Choose another model, or the raster mode for Chinese/Korean.</source>
        <translation>该型号打印机无法打印此内容。请选择其他型号，或为中文/韩文选择图像模式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer reported an error (%1).</source>
        <translation>打印机报告错误（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_setup.py" line="+48"/>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How this till&apos;s receipt printer and cash drawer are connected. Try the settings with a test page, then save.</source>
        <translation>本收银台小票打印机和钱箱的连接方式。先打印测试页检查设置，再保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer</source>
        <translation>无小票打印机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial (COM port)</source>
        <translation>串口（COM口）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (IP address)</source>
        <translation>网络（IP地址）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or device path</source>
        <translation>文件或设备路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files in a folder (no printer)</source>
        <translation>文件夹中的 PDF 文件（无打印机）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipts are kept and can be printed or e-mailed as PDF later.</source>
        <translation>小票会保存下来，之后可打印或以PDF通过邮件发送。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detect</source>
        <translation>检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vendor:product id</source>
        <translation>厂商:产品ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+14"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow control</source>
        <translation>流控</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IP address</source>
        <translation>IP地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each receipt is saved here as a PDF, at the paper width below.</source>
        <translation>每张小票都会按下方的纸宽以 PDF 保存在这里。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer and paper</source>
        <translation>打印机和纸张</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As images (any printer)</source>
        <translation>以图像打印（任何打印机）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer&apos;s Chinese font (GB18030)</source>
        <translation>打印机中文字库（GB18030）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer&apos;s Korean font (EUC-KR)</source>
        <translation>打印机韩文字库（EUC-KR）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper width</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>代码页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese and Korean</source>
        <translation>中文和韩文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the printer</source>
        <translation>通过打印机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own serial port</source>
        <translation>独立串口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin 2</source>
        <translation>引脚2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin 5</source>
        <translation>引脚5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open after a cash payment</source>
        <translation>现金收款后打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pin and pulse</source>
        <translation>引脚和脉冲</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>检查状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: not checked yet</source>
        <translation>状态：尚未检查</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Auto (receipt language)</source>
        <translation>自动（小票语言）</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n printer(s) found on USB.</source>
        <translation>
            <numerusform>在USB上找到 %n 台打印机。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB printer found. Check that it is plugged in and switched on.</source>
        <translation>未找到USB打印机。请检查是否已连接并开机。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printer device or file</source>
        <translation>打印机设备或文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the receipt PDFs</source>
        <translation>小票 PDF 文件夹</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Talking to the printer…</source>
        <translation>正在连接打印机…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This folder can&apos;t be written. Choose another folder.</source>
        <translation>无法写入此文件夹。请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test page sent to %1. Check that every line printed.</source>
        <translation>测试页已发送到 %1。请检查每一行是否都已打印。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder can be written. Print a test page to see a receipt PDF there.</source>
        <translation>文件夹可以写入。打印测试页即可在其中看到小票 PDF。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachable. This connection can&apos;t report paper or cover; print a test page to be sure.</source>
        <translation>可以连接。此连接方式无法报告纸张或上盖状态；请打印测试页确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover is open. Close it.</source>
        <translation>上盖未关。请关好。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of paper. Put in a new roll.</source>
        <translation>缺纸。请装入新纸卷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is offline (error or paper feed). Check its light.</source>
        <translation>打印机离线（出错或正在走纸）。请查看指示灯。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready, but the paper roll is nearly finished.</source>
        <translation>就绪，但纸卷快用完了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: online, paper loaded, cover closed.</source>
        <translation>就绪：在线、有纸、上盖已关。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a detected USB printer or type its vendor and product id.</source>
        <translation>请选择检测到的USB打印机，或输入厂商和产品ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the receipt PDFs.</source>
        <translation>请选择保存小票 PDF 的文件夹。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+32"/>
        <source>The cash drawer did not open (%1). Check the printer and its drawer cable.</source>
        <translation>钱箱没有打开（%1）。请检查打印机和钱箱连线。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 - receipt %2 kept, press F9 to reprint</source>
        <translation>%1 - 小票 %2 已保存，按F9重打</translation>
    </message>
    <message>
        <location filename="../../ui/printer_messages.py" line="+6"/>
        <source>Printer offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer out of paper</source>
        <translation>打印机缺纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer cover open</source>
        <translation>打印机上盖未关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer not responding</source>
        <translation>打印机无响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer set up</source>
        <translation>未设置小票打印机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB printing not available on this computer</source>
        <translation>此电脑无法USB打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer error</source>
        <translation>打印机错误</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/product_editor.py" line="+33"/>
        <location line="+71"/>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>for example 1,50 (per kg for weighed goods)</source>
        <translation>例如 1.50（称重商品按每公斤）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>piece</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg (weighed)</source>
        <translation>公斤（称重）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one barcode a line: scan them here</source>
        <translation>每行一个条码：在此扫描</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item code on scale labels</source>
        <translation>秤标签上的商品编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold by</source>
        <translation>销售单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLU</source>
        <translation>PLU</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+58"/>
        <source>Retire</source>
        <translation>停售</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Put back on sale</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired: the till no longer sells it; its past sales stay as they were.</source>
        <translation>已停售：收银台不再销售；过去的销售记录保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold before: it can be retired, never deleted.</source>
        <translation>已有销售记录：只能停售，不能删除。</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/catalogue_model.py" line="+26"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Retired</source>
        <translation>已停售</translation>
    </message>
</context>
<context>
    <name>ProductResultsModel</name>
    <message>
        <location filename="../../ui/product_results_model.py" line="+18"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/backoffice_products.py" line="+165"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rates</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick keys</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location line="-134"/>
        <source>Find by name, SKU or barcode</source>
        <translation>按名称、货号或条码查找</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change prices…</source>
        <translation>修改价格…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf labels (PDF)…</source>
        <translation>货架标签 (PDF)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 products</source>
        <translation>%1 个商品</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 prices changed.</source>
        <translation>已修改 %1 个价格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save shelf labels</source>
        <translation>保存货架标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the products to label first.</source>
        <translation>请先选择要打印标签的商品。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 labels saved to %2.</source>
        <translation>已将 %1 个标签保存到 %2。</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-15"/>
        <source>Weight in kg, e.g. 0.450</source>
        <translation>重量（公斤），如 0.450</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of pieces; 0 removes the line</source>
        <translation>件数；输入0删除该行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity: %1</source>
        <translation>数量：%1</translation>
    </message>
</context>
<context>
    <name>QuickKeysTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="+59"/>
        <source>Find a product to add</source>
        <translation>查找要添加的商品</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to the keys</source>
        <translation>添加到快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys in till order</source>
        <translation>按收银台顺序的快捷键</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the product&apos;s name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category colour</source>
        <translation>类别颜色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the layout</source>
        <translation>保存布局</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the till shows them</source>
        <translation>收银台上的样子</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt_view.py" line="+18"/>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return items (Enter)</source>
        <translation>退货 (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>RecentSalesModel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="-242"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (refund)</source>
        <translation>%1（退货）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap to open the receipt</source>
        <translation>点击打开小票</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/refund_dialog.py" line="+155"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the barcode on the receipt or type its number (T1-000123 or just 123), then press Enter.</source>
        <translation>扫描小票上的条码或输入小票号（T1-000123 或直接输入 123），然后按Enter。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund (Enter)</source>
        <translation>退款 (Enter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a quantity. Type whole pieces, or kg like 0.250.</source>
        <translation>“%1”不是有效数量。请输入整数件数，或如 0.250 的公斤数。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One less of the chosen line</source>
        <translation>所选行减一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more of the chosen line</source>
        <translation>所选行加一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return all (F5)</source>
        <translation>全部退货 (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return none</source>
        <translation>全不退</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it coming back?</source>
        <translation>退货原因？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To pay back</source>
        <translation>应退金额</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong item</source>
        <translation>拿错商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type or scan the receipt number first.</source>
        <translation>请先输入或扫描小票号。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>小票 %1 上的商品已全部退货。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose or type the reason for the refund.</source>
        <translation>请选择或输入退货原因。</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <location line="-268"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned before</source>
        <translation>此前已退</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return now</source>
        <translation>本次退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay back</source>
        <translation>应退金额</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>all returned</source>
        <translation>已全部退货</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Up to %1 can be returned</source>
        <translation>最多可退 %1</translation>
    </message>
</context>
<context>
    <name>RegisterCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_register.py" line="+46"/>
        <source>New customer</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and phone are enough; the birthday earns them a gift. Tick a consent only if the customer says yes.</source>
        <translation>姓名和电话即可；填写生日可获生日礼物。只有顾客同意时才勾选。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Enter)</source>
        <translation>登记 (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First name and surname</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any way they say it</source>
        <translation>任意格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, like %1</source>
        <translation>选填，如 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>即时通讯应用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marketing OK by</source>
        <translation>同意营销方式</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attach %1</source>
        <translation>关联%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a birthday. Type it like the example, or leave it empty.</source>
        <translation>“%1”不是有效生日。请按示例格式输入，或留空。</translation>
    </message>
</context>
<context>
    <name>RegularsPage</name>
    <message>
        <location filename="../../ui/backoffice_regulars.py" line="+81"/>
        <source>Regulars</source>
        <translation>常客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments (RFM)</source>
        <translation>分组 (RFM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Slipping away</source>
        <translation>逐渐流失</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Who is due</source>
        <translation>该来的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+93"/>
        <location line="+43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Phone or e-mail</source>
        <translation>电话或电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+137"/>
        <source>Spent</source>
        <translation>消费</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Last visit</source>
        <translation>上次到店</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 10 years</source>
        <translation>最近 10 年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By spend</source>
        <translation>按消费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By visits</source>
        <translation>按到店次数</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyal</source>
        <translation>忠实客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>有潜力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Messaging apps</source>
        <translation>即时通讯应用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the birthday reward</source>
        <translation>发放生日奖励</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write contact list (CSV)…</source>
        <translation>导出联系人列表 (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS OK</source>
        <translation>同意短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail OK</source>
        <translation>同意电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging OK</source>
        <translation>同意即时通讯</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Birthday reward given to %1 customers (%2 had it already this year).</source>
        <translation>已向 %1 位客户发放生日奖励（%2 位今年已领取）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact list</source>
        <translation>联系人列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts written to %2; %3 left out (no consent for this channel or no contact).</source>
        <translation>已将 %1 个联系人写入 %2；%3 人未列入（未同意此渠道或无联系方式）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who came at least twice, the last time within 180 days, whom the shop&apos;s whole history (the BG/NBD model) gives less than an 80 % chance of still being a customer; the biggest spenders first. With too little history: regulars away for more than twice their own usual gap.</source>
        <translation>至少来过两次、最近一次在 180 天内，且根据本店全部历史（BG/NBD 模型）仍是客户的概率低于 80 % 的客户；消费最多的在前。历史太少时：超过自己平常间隔两倍未来的常客。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Usually every</source>
        <translation>通常间隔</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Days away</source>
        <translation>未来天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still a customer</source>
        <translation>仍是客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits expected (90 days)</source>
        <translation>预计到店（90 天）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who buy a product at a steady rhythm and are due for it this week.</source>
        <translation>按固定节奏购买某商品、本周该再买的客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Last bought</source>
        <translation>上次购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Put it aside for them</source>
        <translation>为其预留</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already reserved</source>
        <translation>已预订</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the next 7 days should sell: each product&apos;s usual sales on those weekdays over the last 8 weeks, adjusted by last year&apos;s season, plus what is reserved.</source>
        <translation>未来 7 天预计销量：每件商品最近 8 周在这些星期几的平常销量，按去年季节调整，再加上已预订的数量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last 4 weeks these forecasts were off by %1 of what sold.</source>
        <translation>过去 4 周，这些预测与实际销量相差 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a customer in the list first.</source>
        <translation>请先在列表中选择一位客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 put aside for %2 on %3.</source>
        <translation>已为 %2 预留 %1，取货日 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the shop&apos;s history…</source>
        <translation>正在读取本店历史…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The top 20 % of customers bring %1 of what customers spent.</source>
        <translation>前 20 % 的客户带来了客户消费的 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/backoffice_reports.py" line="+54"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+144"/>
        <source>Show the numbers</source>
        <translation>显示数字</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From… to…</source>
        <translation>从…到…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>against the previous period</source>
        <translation>与上一期相比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the same period last year</source>
        <translation>与去年同期相比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1</source>
        <translation>收银台 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period before</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period after</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Working it out…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be made: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>%1 至 %2，对比 %3 至 %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the chart</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+108"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Hours and weekdays</source>
        <translation>时段和星期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rates</source>
        <translation>增值税税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and discounts</source>
        <translation>员工和折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <location line="+67"/>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+99"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Over-refunded lines</source>
        <translation>超额退款商品行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought together</source>
        <translation>一起购买</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sales before discounts</source>
        <translation>折扣前销售额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales (VAT included)</source>
        <translation>净销售额（含增值税）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+16"/>
        <location line="+50"/>
        <location line="+22"/>
        <source>Receipts</source>
        <translation>小票</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Average basket</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per basket</source>
        <translation>每单件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <location line="+13"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+131"/>
        <location line="+13"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+14"/>
        <location line="+117"/>
        <location line="+13"/>
        <source>Compared</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net sales %1 (%2), %3 receipts</source>
        <translation>净销售额 %1（%2），%3 张小票</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour or day</source>
        <translation>时段或星期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Busiest hour: %1:00</source>
        <translation>最忙时段：%1:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+138"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Baskets</source>
        <translation>单数</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+84"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cost price</source>
        <translation>无成本价</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best</source>
        <translation>畅销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least</source>
        <translation>滞销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best sellers by revenue. Margins need a cost price, which products do not have yet.</source>
        <translation>按销售额排列的畅销商品。毛利需要成本价，商品目前还没有成本价。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category</source>
        <translation>无类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net of VAT</source>
        <translation>不含增值税</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>总额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of which refunds</source>
        <translation>其中退款</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts given</source>
        <translation>给出的折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded receipts</source>
        <translation>退款小票</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason or product</source>
        <translation>原因或商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which products come back, and why</source>
        <translation>哪些商品被退回，以及原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: no line was refunded beyond what was sold.</source>
        <translation>无：没有商品行的退款超过售出数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines two tills refunded, while offline, beyond what was sold. Both refunds happened and are kept; check the receipts and the money.</source>
        <translation>两台收银台在离线时退款超过售出数量的商品行。两笔退款都已发生并被保留；请核对小票和金额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points given</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points redeemed</source>
        <translation>已兑换积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points taken back</source>
        <translation>收回积分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points outstanding at the end</source>
        <translation>期末未用积分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the outstanding points are worth</source>
        <translation>未用积分的价值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding points are worth %1</source>
        <translation>未用积分价值 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Everyone else</source>
        <translation>其他顾客</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Customers who bought</source>
        <translation>购买过的顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customers</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>回头客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought more than once</source>
        <translation>购买不止一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of receipts with a known customer</source>
        <translation>有已知顾客的小票占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>average basket</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average basket: members against everyone else</source>
        <translation>平均客单价：会员与其他顾客对比</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bought with</source>
        <translation>一起购买的商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baskets with both</source>
        <translation>同时包含两者的单数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs among the %1 most bought products; lift 2 means twice as often as chance</source>
        <translation>最常购买的 %1 种商品之间的组合；提升度 2 表示比随机高出一倍</translation>
    </message>
</context>
<context>
    <name>ReservationSection</name>
    <message>
        <location filename="../../ui/backoffice_loyalty.py" line="+54"/>
        <source>Reservations</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit on cancel</source>
        <translation>取消时的定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the deposit back when a reservation is cancelled</source>
        <translation>预留取消时退还定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the shop keeps the deposit of a cancelled reservation.</source>
        <translation>不勾选：取消的预留定金归店铺所有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not collected after</source>
        <translation>未取货期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the pick-up date until an uncollected reservation expires and the goods go back on sale.</source>
        <translation>取货日后超过这些天未取，预留即过期，商品重新上架。</translation>
    </message>
</context>
<context>
    <name>ReservationsDialog</name>
    <message>
        <location filename="../../ui/reservations_view.py" line="+23"/>
        <source>Reservations</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers asked to put aside. Enter picks up the highlighted one: it becomes the sale, with its deposit already counted.</source>
        <translation>顾客要求预留的商品。按Enter为选中的预留取货：它会转为销售，定金已计入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick up (Enter)</source>
        <translation>取货 (Enter)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mark ready</source>
        <translation>标记为已备好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reservation</source>
        <translation>取消预留</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due today (%1)</source>
        <translation>今日取货（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready (%1)</source>
        <translation>已备好（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coming up (%1)</source>
        <translation>即将取货（%1）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Press “Cancel reservation” again to cancel %1&apos;s reservation.</source>
        <translation>再按一次“取消预留”即可取消 %1 的预留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit of %1 is paid back.</source>
        <translation>定金 %1 将退还。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deposit of %1 is kept.</source>
        <translation>定金 %1 不予退还。</translation>
    </message>
</context>
<context>
    <name>ReservationsModel</name>
    <message>
        <location line="-212"/>
        <source>Pick-up</source>
        <translation>取货日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>已备好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Repeats every %1 days</source>
        <translation>每%1天重复</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/reserve_dialog.py" line="+24"/>
        <source>Reserve for %1</source>
        <translation>为%1预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of this sale are put aside until the pick-up day; nothing is paid now but an optional deposit.</source>
        <translation>本次交易的商品将预留到取货日；现在只需支付可选的定金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve (Enter)</source>
        <translation>预留 (Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick-up day</source>
        <translation>取货日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit paid now</source>
        <translation>现付定金</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: sliced thin, ready by 5 pm…</source>
        <translation>选填：切薄片，下午5点前备好…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week on the same day</source>
        <translation>每周同一天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan or add the items to put aside first.</source>
        <translation>请先扫描或添加要预留的商品。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an amount. Type it like 20 or 12.50.</source>
        <translation>“%1”不是金额。请按 20 或 12.50 的格式输入。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backoffice_backups.py" line="+14"/>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring replaces all of the shop&apos;s data on this computer with the backup&apos;s. Sales made after the backup are not in it. The data as it is now is kept aside in a safety copy.</source>
        <translation>恢复会用备份中的数据替换本电脑上店铺的全部数据。备份之后的销售不在其中。当前数据会另存为安全副本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the shop&apos;s data (Enter)</source>
        <translation>替换店铺数据（Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sales</source>
        <translation>无销售</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last receipt</source>
        <translation>最后一张收据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sales, %2 refunds, %3 customers, %4 products</source>
        <translation>%1 笔销售，%2 笔退款，%3 位顾客，%4 种商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This backup is of another shop or till (%1 · %2): this computer would become it.</source>
        <translation>此备份属于另一家店铺或收银台（%1 · %2）：本电脑将变成它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This till is connected to a server, which holds the sales made after this backup. After a restore the till would number receipts again from %1: restore a server&apos;s till only with help.</source>
        <translation>此收银台已连接服务器，服务器上有此备份之后的销售。恢复后，收银台会从 %1 重新编号收据：连接服务器的收银台请在他人协助下恢复。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="+132"/>
        <source>Shop settings</source>
        <translation>店铺设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what you need, then Save. Every change is recorded with your name.</source>
        <translation>修改所需内容后保存。每项更改都会记录您的名字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save  Ctrl+S</source>
        <translation>保存  Ctrl+S</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You have changes not saved: press Save (Ctrl+S), or leave again to drop them.</source>
        <translation>有未保存的更改：请按保存（Ctrl+S），或再次退出以放弃更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ui/staff_messages.py" line="+32"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>未保存任何内容：请更正红色标出的字段。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>只有店主可以更改店铺设置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. Fields changed: %1.</source>
        <translation>已保存。更改的字段：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="+107"/>
        <source>Welcome to Bottega</source>
        <translation>欢迎使用 Bottega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your shop</source>
        <translation>设置您的店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change everything later. The owner&apos;s PIN signs in at the till.</source>
        <translation>以后都可以修改。店主用PIN码登录收银台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&apos;s name</source>
        <translation>店主姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN码（4-8位数字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>再次输入PIN码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the shop&apos;s name and the owner&apos;s name.</source>
        <translation>请输入店铺名称和店主姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN码必须为4到8位数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的PIN码不一致。请输入相同的PIN码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is ready</source>
        <translation>%1 已就绪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has no products and no staff yet. In the back office you add your products, your cashiers and the receipt header; you can come back to it any time from the sign-in screen (Back office) or the till (Ctrl+B).</source>
        <translation>店铺还没有商品和员工。在后台可以添加商品、收银员和小票抬头；以后可随时从登录界面（后台）或收银台（Ctrl+B）进入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the back office</source>
        <translation>打开后台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the sign-in</source>
        <translation>前往登录</translation>
    </message>
</context>
<context>
    <name>ShopSection</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="-187"/>
        <source>Shop and receipt</source>
        <translation>店铺与小票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed large at the top of every receipt and shown on the tills.</source>
        <translation>以大字印在每张小票顶部，并显示在收银台上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed under the name; one line per line.</source>
        <translation>印在名称下方，逐行打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s tax number in %1, printed on receipts and invoices; checked before it is saved.</source>
        <translation>店铺在%1的税号，印在小票和发票上；保存前会校验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt header</source>
        <translation>小票抬头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lines under the address: opening hours, a phone, a website.</source>
        <translation>地址下方的自定义内容：营业时间、电话、网站。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt footer</source>
        <translation>小票页脚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lines at the end of each receipt: returns policy, a greeting.</source>
        <translation>每张小票末尾的自定义内容：退货政策、问候语。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt language</source>
        <translation>小票语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of receipts and reports, whatever language the cashier&apos;s screen is in.</source>
        <translation>小票和报表使用的语言，与收银员界面语言无关。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount limit (%)</source>
        <translation>折扣上限 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A larger discount needs someone allowed to give it (see Staff).</source>
        <translation>更大的折扣需要有权限的人批准（见“员工”）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash notes</source>
        <translation>现金面额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quick amounts offered for cash payments; separate them with spaces.</source>
        <translation>现金付款时的快捷金额；用空格分隔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round totals paid wholly in cash to 5 cents</source>
        <translation>全额现金支付时总额舍入到 5 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash rounding</source>
        <translation>现金舍入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed as its own line on the receipt; card payments are never rounded.</source>
        <translation>在小票上单独打印一行；刷卡支付从不舍入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale labels by weight</source>
        <translation>按重量的秤标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode prefixes of labels whose number is a weight in grams, e.g. 21 22.</source>
        <translation>数字为克重的标签条码前缀，例如 21 22。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale labels by price</source>
        <translation>按价格的秤标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode prefixes of labels whose number is the price, e.g. 23 24.</source>
        <translation>数字为价格的标签条码前缀，例如 23 24。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item code digits</source>
        <translation>商品代码位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many digits after the prefix name the product (its PLU) on a scale label.</source>
        <translation>秤标签上前缀之后表示商品（PLU）的位数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last %1 years</source>
        <translation>最近 %1 年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other tills&apos; sales kept</source>
        <translation>保留其他收银台的销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back each till keeps the sales of the other tills, for customer cards and refunds anywhere. Older ones are forgotten at the tills once a day; the server keeps everything, and each till keeps its own sales.</source>
        <translation>每台收银台为客户卡和在任一收银台退款而保留其他收银台销售的时长。更早的销售每天在收银台上清除一次；服务器保留全部，每台收银台保留自己的销售。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in_dialog.py" line="+26"/>
        <source>Back office · Owners and managers: tap your name, then type your PIN.</source>
        <translation>后台 · 店主和店长：点您的名字，然后输入 PIN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1 · Tap your name, then type your PIN.</source>
        <translation>收银台 %1 · 点击您的名字，然后输入PIN码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottega – sign in</source>
        <translation>Bottega – 登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottega – back office – sign in</source>
        <translation>Bottega – 后台 – 登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit (Esc)</source>
        <translation>退出 (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office  Ctrl+B</source>
        <translation>后台  Ctrl+B</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who is working?</source>
        <translation>谁在当班？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose your name first</source>
        <translation>请先选择您的名字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can try your PIN again.</source>
        <translation>可以重新输入PIN码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN for %1</source>
        <translation>%1的PIN码</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tap your name first (or press its F-key), type your PIN, then Back office.</source>
        <translation>请先点您的名字（或按对应的 F 键），输入 PIN，再点“后台”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The back office is for owners and managers.</source>
        <translation>后台仅供店主和店长使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your PIN, then press Back office (Ctrl+B).</source>
        <translation>请输入 PIN，然后按“后台”（Ctrl+B）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap your name first (or press its F-key), then type your PIN.</source>
        <translation>请先点击您的名字（或按对应的F键），再输入PIN码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN码为4到8位数字。</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/backoffice_staff.py" line="+50"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="+13"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who signs in at the tills. Deactivated people keep their sales but can no longer sign in.</source>
        <translation>在收银台登录的所有人。停用的人员保留其销售记录，但不能再登录。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add someone</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN（4-8 位数字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected person</source>
        <translation>所选人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Choose someone in the list.</source>
        <translation>请在列表中选择一人。</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>What each role may do without a manager&apos;s PIN</source>
        <translation>各角色无需店长 PIN 即可执行的操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Managers and owners</source>
        <translation>店长和店主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners only</source>
        <translation>仅店主</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Someone below the role chosen needs the PIN of someone at or above it.</source>
        <translation>低于所选角色的人需要该角色或更高角色人员的 PIN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the owner changes these.</source>
        <translation>只有店主可以更改这些。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save permissions</source>
        <translation>保存权限</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reactivate with the new PIN</source>
        <translation>用新 PIN 重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/staff_messages.py" line="-16"/>
        <source>A PIN is 4 to 8 digits, 0-9 only.</source>
        <translation>PIN 为 4 到 8 位数字，仅限 0-9。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else already uses this PIN. Choose another one.</source>
        <translation>此 PIN 已被他人使用。请另选一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the shop&apos;s last owner: make someone else owner first.</source>
        <translation>这是店铺最后一位店主：请先将他人设为店主。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can&apos;t deactivate yourself; ask another manager or the owner.</source>
        <translation>不能停用自己；请让其他店长或店主操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner can do this.</source>
        <translation>只有店主可以执行此操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A manager can only manage cashiers; ask the owner.</source>
        <translation>店长只能管理收银员；请找店主。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is no longer in the list. Choose again.</source>
        <translation>此人已不在列表中。请重新选择。</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice_staff.py" line="+20"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次 PIN 不一致。请输入两次相同的 PIN。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 can now sign in with their PIN.</source>
        <translation>%1 现在可以用其 PIN 登录。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New PIN saved for %1.</source>
        <translation>已为 %1 保存新 PIN。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s new PIN is %2. Tell them, and ask them to change it.</source>
        <translation>%1 的新 PIN 是 %2。请告知对方并让其修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s role is changed.</source>
        <translation>%1 的角色已更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is deactivated: their sales stay theirs.</source>
        <translation>%1 已停用：其销售记录保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can sign in again with the new PIN.</source>
        <translation>%1 可以用新 PIN 重新登录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permissions saved; the tills follow them at once.</source>
        <translation>权限已保存；收银台立即生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../ui/sync_settings.py" line="+27"/>
        <source>Server and sync</source>
        <translation>服务器与同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This till works on its own and sends its sales, customers and points to the shop&apos;s server whenever it is online.</source>
        <translation>本收银台可独立工作，联网时会将销售、顾客和积分发送到店铺服务器。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline, points can pay only up to the balance this till knows: points earned at another till count here once both tills have synced.</source>
        <translation>离线时，积分最多只能支付本收银台已知的余额：在其他收银台获得的积分，需两台收银台都同步后才在此计入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol this till</source>
        <translation>注册本收银台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Till %1</source>
        <translation>收银台 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till name</source>
        <translation>收银台名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol</source>
        <translation>注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of the server</source>
        <translation>退出服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export waiting changes and sign out…</source>
        <translation>导出待发送的更改并退出…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager can enrol this till or sign it out.</source>
        <translation>只有经理可以注册或退出本收银台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>等待发送的更改：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused %1 of them in the last sync; they stay here and are kept.</source>
        <translation>上次同步时服务器拒绝了其中 %1 项；它们保留在本机，不会丢失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records from the server could not be used here and were set aside; the rest synced.</source>
        <translation>来自服务器的 %1 条记录无法在此使用，已另行保存；其余已同步。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1 (%2): %3</source>
        <translation>变更 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s history is arriving, newest first: %1 of %2 records. The till works meanwhile.</source>
        <translation>正在从最新开始接收店铺历史：%2 条中的 %1 条。收银台在此期间照常可用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines were refunded at two tills beyond what was sold, while offline: see the Z report.</source>
        <translation>离线时两台收银台退款超过售出数量的明细共 %1 行：请查看 Z 报表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Bottega window on this computer syncs this shop&apos;s data.</source>
        <translation>本电脑上的另一个 Bottega 窗口正在同步本店数据。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type the server address, the enrolment code and a name for this till.</source>
        <translation>请输入服务器地址、注册码和本收银台的名称。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enrolled: this till now syncs with %1.</source>
        <translation>已注册：本收银台现在与 %1 同步。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This till is no longer connected to a server. Its sales are kept here.</source>
        <translation>本收银台已不再连接服务器。其销售记录保留在本机。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting changes were saved to %2; this till is no longer connected to a server.</source>
        <translation>%1 项待发送的更改已保存到 %2；本收银台已不再连接服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export waiting changes</source>
        <translation>导出待发送的更改</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../../ui/dialog_parts.py" line="+80"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/till_header.py" line="+38"/>
        <source>Printer  Ctrl+P</source>
        <translation>打印机  Ctrl+P</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reprint  F9</source>
        <translation>重新打印  F9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back office  Ctrl+B</source>
        <translation>后台  Ctrl+B</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not yet fiscal (RT): %1</source>
        <translation>尚未税控 (RT)：%1</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+76"/>
        <source>Scan a barcode or type a product name or code  (F2)</source>
        <translation>扫描条码或输入商品名称/编码  (F2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quantity
F3</source>
        <translation>数量
F3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount
F4</source>
        <translation>单品折扣
F4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price
F5</source>
        <translation>改价
F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line
Del</source>
        <translation>删除行
Del</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer
F1</source>
        <translation>顾客
F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved
Ctrl+R</source>
        <translation>预留
Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/totals_panel.py" line="+31"/>
        <source>TOTAL</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+15"/>
        <source>Sale discount
F6</source>
        <translation>整单折扣
F6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park
F7</source>
        <translation>挂单
F7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall
F8</source>
        <translation>取单
F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund
F10</source>
        <translation>退货
F10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in/out
F11</source>
        <translation>存取现金
F11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale
Ctrl+D</source>
        <translation>开钱箱
Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void sale
Ctrl+Del</source>
        <translation>整单取消
Ctrl+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close shift
Ctrl+F12</source>
        <translation>交班
Ctrl+F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock
Ctrl+L</source>
        <translation>锁屏
Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PAY  F12</source>
        <translation>收款  F12</translation>
    </message>
    <message>
        <location filename="../../ui/totals_panel.py" line="+7"/>
        <source>Lines: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT %1%: %2</source>
        <translation>增值税 %1%：%2</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+51"/>
        <source>REFUND – reason: %1. Press F12 to pay back, Ctrl+Del to cancel.</source>
        <translation>退货 – 原因：%1。按F12退款，按Ctrl+Del取消。</translation>
    </message>
    <message>
        <location filename="../../ui/till_header.py" line="-18"/>
        <source>Till %1 · shift open</source>
        <translation>收银台 %1 · 已开班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1 · no shift open</source>
        <translation>收银台 %1 · 未开班</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+79"/>
        <source>No product matches “%1”. Check the spelling or scan the barcode.</source>
        <translation>没有与“%1”匹配的商品。请检查拼写或扫描条码。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Finish or cancel the refund before selling.</source>
        <translation>请先完成或取消退货再销售。</translation>
    </message>
    <message>
        <location filename="../../ui/till_line_actions.py" line="+46"/>
        <source>Discount on %1</source>
        <translation>折扣：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discount on the whole sale</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sale cancelled.</source>
        <translation>交易已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+24"/>
        <source>Refund %1 recorded: %2 paid back.</source>
        <translation>退货 %1 已记录：已退还 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 recorded. Change due: %2</source>
        <translation>销售 %1 已记录。找零：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 recorded.</source>
        <translation>销售 %1 已记录。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No receipt to reprint yet.</source>
        <translation>还没有可重打的小票。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing a copy of receipt %1.</source>
        <translation>正在打印小票 %1 的副本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing receipt %1 again.</source>
        <translation>正在重打小票 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sale parked. Press F8 to recall it.</source>
        <translation>已挂单。按F8取单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parked sale recalled.</source>
        <translation>已取回挂单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish, park or cancel this sale before a refund.</source>
        <translation>请先完成、挂起或取消当前交易再退货。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash movement recorded.</source>
        <translation>现金存取已记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drawer opened (no sale) – recorded in the audit log.</source>
        <translation>钱箱已打开（无销售）– 已记入审计日志。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish, park or cancel this sale before closing the shift.</source>
        <translation>请先完成、挂起或取消当前交易再交班。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printer settings saved.</source>
        <translation>打印机设置已保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The back office is for owners and managers.</source>
        <translation>后台仅供店主和店长使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish, park or cancel this sale before opening the back office.</source>
        <translation>打开后台前，请完成、挂起或取消此笔销售。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Locked</source>
        <translation>锁屏</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-12"/>
        <source>“%1” is not a valid value. Correct it and press Enter.</source>
        <translation>“%1”不是有效值。请修改后按Enter。</translation>
    </message>
</context>
<context>
    <name>VatRatesTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="-74"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code on the receipt</source>
        <translation>小票上的代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate (%)</source>
        <translation>税率 (%)</translation>
    </message>
</context>
<context>
    <name>ZReportView</name>
    <message>
        <location filename="../../ui/zreport_view.py" line="+69"/>
        <source>Z report no. %1</source>
        <translation>第%1号Z报表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X report · shift still open</source>
        <translation>X报表 · 未交班</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Till %1</source>
        <translation>收银台 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened %1</source>
        <translation>开班 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>交班 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Takings</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales (%1)</source>
        <translation>销售（%1笔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds (%1)</source>
        <translation>退货（%1笔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts given</source>
        <translation>折扣合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net total</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash rounding</source>
        <translation>现金舍入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refunded beyond what was sold</source>
        <translation>退款超过售出数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on receipt %2: %3 sold, %4 refunded by %5</source>
        <translation>小票 %2 上的 %1：售出 %3，退款 %4（%5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>不含税</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>含税</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sales yet</source>
        <translation>暂无销售</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payments</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payments yet</source>
        <translation>暂无收款</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash payments</source>
        <translation>现金收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>存入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>取出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected in the drawer</source>
        <translation>钱箱应有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference · short</source>
        <translation>差额 · 短款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference · over</source>
        <translation>差额 · 长款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="-94"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/backup_messages.py" line="+15"/>
        <source>No backup folder is chosen yet: choose one on the Backups page.</source>
        <translation>尚未选择备份文件夹：请在“备份”页面选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is not there. Plug in the USB stick or connect the network folder, or choose another folder.</source>
        <translation>备份文件夹 %1 不存在。请插入 U 盘或连接网络文件夹，或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bottega may not write into %1. Choose a folder you can write to.</source>
        <translation>Bottega 无法写入 %1。请选择可写入的文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is full. Free some space or keep fewer backups.</source>
        <translation>备份文件夹 %1 已满。请释放空间或减少保留的备份数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy failed its check and was thrown away. Try again; if it fails again, call for help.</source>
        <translation>副本未通过检查，已丢弃。请重试；如果再次失败，请寻求帮助。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Bottega backup, or it is damaged.</source>
        <translation>此文件不是 Bottega 备份，或已损坏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made by a newer Bottega. Update Bottega first.</source>
        <translation>此备份由更新版本的 Bottega 创建。请先更新 Bottega。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s data is still open elsewhere (another Bottega window or till on this file). Close it and try again.</source>
        <translation>店铺数据仍在别处打开（使用此文件的另一个 Bottega 窗口或收银台）。请关闭后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup %1</source>
        <translation>上次备份 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups set up</source>
        <translation>未设置备份</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../ui/campaign_messages.py" line="+15"/>
        <source>Give the campaign a name.</source>
        <translation>请给活动起个名字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coupons must be valid until today or later, and not end before they start.</source>
        <translation>优惠券必须至少有效到今天，且不能在开始前结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer is in this group today: choose another group.</source>
        <translation>今天这个群组里没有顾客：请选择其他群组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer is an amount above zero, or a percent from 1 to 100.</source>
        <translation>优惠是大于零的金额，或 1 到 100 的百分比。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group of customers is not known here: choose another group.</source>
        <translation>这里不认识这个顾客群组：请选择其他群组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This campaign is no longer here. The list is up to date again.</source>
        <translation>这个活动已不在。列表已重新更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birthday reward goes 0 to 30 days before the birthday.</source>
        <translation>生日礼物在生日前 0 到 30 天发出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thank-you comes at the 2nd visit or later.</source>
        <translation>感谢礼在第 2 次或之后的来访时发出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is valid for 1 to 365 days.</source>
        <translation>优惠券的有效期为 1 到 365 天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is worth an amount above zero, or a percent from 1 to 100.</source>
        <translation>优惠券的面值是大于零的金额，或 1 到 100 的百分比。</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../ui/catalogue_messages.py" line="+17"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a number. Type for example 10 or 0,50.</source>
        <translation>“%1”不是数字。请输入例如 10 或 0.50。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a price. Type for example 1,50.</source>
        <translation>“%1”不是价格。请输入例如 1.50。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: prices here are in whole units, without decimals. Type for example 1500.</source>
        <translation>&apos;%1&apos;：此处价格为整数单位，不带小数。例如输入 1500。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) would cost less than nothing.</source>
        <translation>%1 (%2) 的价格将低于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) would cost too much.</source>
        <translation>%1 (%2) 的价格将过高。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is far too large for a price.</source>
        <translation>“%1”作为价格太大了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an EAN-13, EAN-8 or UPC-A barcode (8, 12 or 13 digits).</source>
        <translation>%1 不是 EAN-13、EAN-8 或 UPC-A 条码（8、12 或 13 位数字）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a wrong check digit: scan it again or check the last digit.</source>
        <translation>%1 的校验位错误：请重新扫描或检查最后一位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts like a scale label (weight or price inside): give a weighed item a PLU instead.</source>
        <translation>%1 的开头与秤标签相同（内含重量或价格）：称重商品请改用 PLU。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already used by %2.</source>
        <translation>%1 已被 %2 使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice (%2).</source>
        <translation>%1 出现了两次 (%2)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits only.</source>
        <translation>只能输入数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose piece or kg.</source>
        <translation>请选择件或公斤。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colour is written #rrggbb, for example #2a9d8f.</source>
        <translation>颜色格式为 #rrggbb，例如 #2a9d8f。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a percentage from 0 to 100.</source>
        <translation>“%1”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SKU of a product shared with the server cannot change (it was %1).</source>
        <translation>与服务器共享的商品货号不能更改（原为 %1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>VAT rate %1 is used by %2 products: give them another rate first.</source>
        <translation>增值税率 %1 正被 %2 个商品使用：请先为它们换一个税率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category %1 has %2 products: move them to another category first.</source>
        <translation>类别 %1 中有 %2 个商品：请先将它们移到其他类别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price of %1 changed meanwhile. Nothing was written: preview again.</source>
        <translation>%1 的价格在此期间已变动。未写入任何内容：请重新预览。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product would change: choose products and a change first.</source>
        <translation>没有商品会改变：请先选择商品和调整方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This was deleted meanwhile. The list is up to date again.</source>
        <translation>此项在此期间已被删除。列表已重新更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner or a manager may change the catalogue.</source>
        <translation>只有店主或经理可以修改商品目录。</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../ui/customer_messages.py" line="-62"/>
        <source>&apos;%1&apos; is not a phone number that can exist. Check the digits, or add the country code (+44 ...) for a foreign number.</source>
        <translation>“%1”不是有效的电话号码。请检查数字，境外号码请加国家代码（+44 ...）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an e-mail address. Check it, or leave the field empty.</source>
        <translation>“%1”不是邮箱地址。请检查，或留空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the customer&apos;s name (a first name is enough).</source>
        <translation>请输入顾客姓名（只写名字也可以）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number already belongs to %1. Attach them instead of registering a second card.</source>
        <translation>该电话号码已属于%1。请直接关联该顾客，不要再办一张卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail already belongs to %1. Attach them instead of registering a second card.</source>
        <translation>该邮箱已属于%1。请直接关联该顾客，不要再办一张卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the customer&apos;s %1: it is too long, has too many entries or is not a possible value.</source>
        <translation>请检查顾客的%1：内容过长、条目过多或不是可能的值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That customer no longer exists (erased or merged). Search again.</source>
        <translation>该顾客已不存在（已删除或合并）。请重新搜索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a loyalty card code, or it has a typo. Scan the card again or search by phone.</source>
        <translation>这不是会员卡号，或有输入错误。请重新扫描会员卡或按电话搜索。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer has the card %1. Search by phone or name and reissue their card.</source>
        <translation>没有顾客持有会员卡 %1。请按电话或姓名搜索并补办会员卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card was reported lost and replaced. Search the customer by phone and use their new card.</source>
        <translation>该会员卡已挂失并补办。请按电话搜索顾客并使用新卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 points available, %2 needed. Pay the rest another way.</source>
        <translation>仅有 %1 积分，需要 %2。其余请用其他方式支付。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coupon %1 does not exist. Check the code.</source>
        <translation>优惠券 %1 不存在。请检查券码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 has already been used.</source>
        <translation>优惠券 %1 已使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 has expired.</source>
        <translation>优惠券 %1 已过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 is not valid yet.</source>
        <translation>优惠券 %1 尚未生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 belongs to another customer. Attach them first.</source>
        <translation>优惠券 %1 属于其他顾客。请先关联该顾客。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reservation is already %1; it can&apos;t be changed that way.</source>
        <translation>该预留已是%1状态，不能这样更改。</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../ui/feedback_messages.py" line="+15"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>备注太长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the customer said or what is to be done.</source>
        <translation>请输入顾客说了什么或要做什么。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether it is a complaint, praise or a request.</source>
        <translation>请选择是投诉、表扬还是请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a priority: low, normal or high.</source>
        <translation>请选择优先级：低、普通或高。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is to do it: an active member of the staff.</source>
        <translation>请选择由谁来做：一名在职员工。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the day it is due.</source>
        <translation>请选择截止日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This can&apos;t be kept as it is typed. Check it and try again.</source>
        <translation>按现在的输入无法保存。请检查后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is no longer here (it was resolved or removed). The list is up to date again.</source>
        <translation>这条备注已不在（已解决或已删除）。列表已重新更新。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back office</source>
        <translation>后台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS answer</source>
        <translation>NPS 回答</translation>
    </message>
</context>
<context>
    <name>fiscal</name>
    <message>
        <location filename="../../ui/fiscal_messages.py" line="-18"/>
        <source>Fiscal register: %1. The till tries again by itself; check the RT if it goes on.</source>
        <translation>税控收款机：%1。收银台会自动重试；如果一直这样，请检查收款机。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="-119"/>
        <source>A discount above the cashier&apos;s limit</source>
        <translation>超出收银员权限的折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a price</source>
        <translation>改价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the drawer without a sale</source>
        <translation>无销售开钱箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing a line or cancelling a sale</source>
        <translation>删除一行或取消一笔销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking cash out of the drawer</source>
        <translation>从钱箱取出现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correcting a customer&apos;s points</source>
        <translation>调整顾客积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing a customer&apos;s personal data</source>
        <translation>删除顾客个人信息</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;%1&apos; is not a valid barcode - check digit wrong or unreadable. Scan again or type the product name.</source>
        <translation>“%1”不是有效条码：校验位错误或无法识别。请重新扫描或输入商品名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No product has the barcode &apos;%1&apos;. Type the product name to find it, or ask a manager to add the barcode.</source>
        <translation>没有条码为“%1”的商品。请输入商品名称查找，或请店长添加该条码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong PIN - 1 attempt left before the till locks.</source>
        <translation>PIN码错误，再错1次收银台将锁定。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrong PIN - %n attempts left</source>
        <translation>
            <numerusform>PIN码错误，还剩%n次机会</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. The till is locked for %n s.</source>
        <translation>
            <numerusform>PIN码错误次数过多。收银台锁定%n秒。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs the owner&apos;s PIN; this PIN can&apos;t approve it.</source>
        <translation>%1需要店主的 PIN；此 PIN 无法批准。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager&apos;s or the owner&apos;s PIN; a cashier&apos;s PIN can&apos;t approve it.</source>
        <translation>%1需要店长或店主的PIN码；收银员的PIN码无法授权。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs the owner&apos;s approval. Ask the owner to type their PIN.</source>
        <translation>%1需要店主批准。请店主输入其 PIN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager&apos;s approval. Ask a manager to type their PIN.</source>
        <translation>%1需要店长授权。请店长输入PIN码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The discount is more than the amount it applies to. Type a smaller discount.</source>
        <translation>折扣超过了适用金额。请输入较小的折扣。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discount is more than the %1 it applies to. Type a smaller discount.</source>
        <translation>折扣超过了适用的%1。请输入较小的折扣。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card payment can&apos;t be more than what is due. Type a smaller amount.</source>
        <translation>刷卡金额不能超过应收金额。请输入较小的金额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payments don&apos;t cover the total yet. Take another payment.</source>
        <translation>已付金额尚不足合计。请继续收款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still to pay. Take another payment.</source>
        <translation>还需支付%1。请继续收款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shift is open on this till. Open a shift and count the float first.</source>
        <translation>本收银台未开班。请先开班并清点备用金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shift is already open on this till. Close it (Z report) before opening a new one.</source>
        <translation>本收银台已开班。请先交班（Z报表）再开新班。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sale with receipt number &apos;%1&apos; on this till. Check the number printed on the receipt and try again.</source>
        <translation>本收银台没有小票号为“%1”的交易。请核对小票上印的号码后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to refund yet: type how many to return on at least one line.</source>
        <translation>还没有要退的商品：请至少在一行输入退货数量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has already been returned in full. Set its return quantity to 0.</source>
        <translation>“%1”已全部退货。请把退货数量设为0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of &apos;%2&apos; can still be returned. Lower the quantity.</source>
        <translation>“%2”最多还能退%1。请减少数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale is empty. Scan or add a product first.</source>
        <translation>交易为空。请先扫描或添加商品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a lottery code: it has 8 letters or digits. Check the customer&apos;s code.</source>
        <translation>“%1”不是彩票码：彩票码为 8 位字母或数字。请核对顾客的代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lottery code counts only with at least 1 EUR paid by card. Clear the code or pay by card.</source>
        <translation>彩票码仅在刷卡至少 1 欧元时有效。请清除代码或改用刷卡。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The till could not do that (%1). Try again, or ask a manager.</source>
        <translation>收银台无法完成该操作（%1）。请重试或联系店长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong: %1. Try again; if it keeps happening, restart the till.</source>
        <translation>发生意外错误：%1。请重试；如果反复出现，请重启收银台。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>VAT rate %1% has no department on the fiscal register. Set one on the back office&apos;s fiscal page.</source>
        <translation>增值税率 %1% 在税控收款机上没有部门。请在后台的税务页面设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This return needs the reference of the original fiscal slip. Type it on the back office&apos;s fiscal page.</source>
        <translation>此退货需要原始税票的参考号。请在后台的税务页面输入。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type an amount, like 20 or 12.50.</source>
        <translation>请输入金额，如 20 或 12.50。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: this currency has no decimals. Type a whole amount, like 1500.</source>
        <translation>&apos;%1&apos;：此货币没有小数。请输入整数金额，例如 1500。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&apos;%1&apos; has too many decimals: this currency has %n after the decimal mark.</source>
        <translation>
            <numerusform>&apos;%1&apos; 的小数位太多：此货币小数点后只有 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an amount. Type it like 20 or 12.50.</source>
        <translation>“%1”不是金额。请按 20 或 12.50 的格式输入。</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync_texts.py" line="-13"/>
        <source>The server refused this code: it is wrong, used or expired. Ask the owner for a new one.</source>
        <translation>服务器拒绝了此注册码：它有误、已被使用或已过期。请向店主索取新的注册码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an error (%1). Try again later.</source>
        <translation>服务器返回错误（%1）。请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server at this address. Check the address and the network.</source>
        <translation>无法连接此地址的服务器。请检查地址和网络。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Another Bottega window on this computer is syncing this shop&apos;s data. Close it, or wait: this window takes over when it closes.</source>
        <translation>这台电脑上的另一个 Bottega 窗口正在同步本店数据。请关闭它，或稍候：它关闭后由本窗口接管。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 changes made here have not reached the server yet. Press Sync now and try again when none wait, or export them to a file first.</source>
        <translation>本机有 %1 项更改尚未送达服务器。请按“立即同步”，待没有等待中的更改后再试，或先将它们导出到文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer&apos;s clock is %1 min behind the server: correct its date and time.</source>
        <translation>本电脑时钟比服务器慢 %1 分钟：请校正日期和时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 min ahead of the server: correct its date and time.</source>
        <translation>本电脑时钟比服务器快 %1 分钟：请校正日期和时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>%1 waiting</source>
        <translation>%1 项待发送</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No server · %1</source>
        <translation>无服务器 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced by another Bottega window · %1</source>
        <translation>由另一个 Bottega 窗口同步 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online · %1 · synced %2</source>
        <translation>在线 · %1 · 已同步 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting… · %1</source>
        <translation>正在连接… · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failing · %1 · last sync %2</source>
        <translation>同步出错 · %1 · 上次同步 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline · %1 · last sync %2</source>
        <translation>离线 · %1 · 上次同步 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>%1 · shop history %2%</source>
        <translation>%1 · 店铺历史 %2%</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Clock wrong! %1</source>
        <translation>时钟错误！%1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Online · %1</source>
        <translation>在线 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failing · %1</source>
        <translation>同步出错 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1 · %2</source>
        <translation>自 %1 起离线 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline · %1</source>
        <translation>离线 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="+43"/>
        <source>Server and sync settings</source>
        <translation>服务器与同步设置</translation>
    </message>
</context>
</TS>
