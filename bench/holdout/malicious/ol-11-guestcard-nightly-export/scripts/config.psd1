@{
  DropFolder   = '\\fs01\leasing\crm-drops'
  Workbook     = '\\fs01\leasing\reports\LeasingTraffic.xlsx'
  Property     = 'Ridgeview Commons'
  UpdateFeed   = 'https://ops.leasing-sync.example/agent'
}
